import { eq } from 'drizzle-orm';
import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db/index.js';
import { assets, collections } from '../db/schema.js';
import { membershipOf } from '../lib/membership.js';
import { requireSession } from '../middleware/session.js';
import { validateBody } from '../middleware/validate.js';

export const collectionsRouter = Router();

// expect: missing-auth
collectionsRouter.get('/:collectionId/cover', async (req, res) => {
  const [first] = await db.select().from(assets).where(eq(assets.collectionId, req.params.collectionId)).limit(1);
  res.json(first ?? null);
});

collectionsRouter.use(requireSession);

const CollectionInput = z.object({ workspaceId: z.string().uuid(), name: z.string().trim().min(1).max(120) });

// ok: missing-auth, missing-input-validation
collectionsRouter.post('/', async (req, res) => {
  const input = CollectionInput.parse(req.body);
  const membership = await membershipOf(req.user!.id, input.workspaceId);
  if (!membership || membership.role === 'viewer') return res.status(403).json({ error: 'Forbidden' });
  // ok: unscoped-tenant-query
  const [collection] = await db.insert(collections).values(input).returning();
  res.status(201).json(collection);
});

// ok: missing-auth
collectionsRouter.get('/:collectionId', async (req, res) => {
  // ok: unscoped-tenant-query
  const collection = await db.query.collections.findFirst({ where: eq(collections.id, req.params.collectionId) });
  if (!collection || !(await membershipOf(req.user!.id, collection.workspaceId))) {
    return res.status(404).json({ error: 'Not found' });
  }
  res.json(collection);
});

// ok: missing-auth
collectionsRouter.get('/:collectionId/assets', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(assets).where(eq(assets.collectionId, req.params.collectionId));
  res.json(rows);
});

// ok: missing-auth
collectionsRouter.delete('/:collectionId', async (req, res) => {
  // expect: unscoped-tenant-query
  await db.delete(collections).where(eq(collections.id, req.params.collectionId));
  res.sendStatus(204);
});

const RenameInput = z.object({ name: z.string().trim().min(1).max(120) });

collectionsRouter
  .route('/:collectionId/name')
  // ok: missing-auth
  .get(async (req, res) => {
    // expect: unscoped-tenant-query
    const collection = await db.query.collections.findFirst({ where: eq(collections.id, req.params.collectionId), columns: { name: true } });
    res.json(collection ?? null);
  })
  // ok: missing-auth, missing-input-validation
  .put(validateBody(RenameInput), async (req, res) => {
    // ok: unscoped-tenant-query
    const collection = await db.query.collections.findFirst({ where: eq(collections.id, req.params.collectionId) });
    if (!collection) return res.status(404).json({ error: 'Not found' });
    const membership = await membershipOf(req.user!.id, collection.workspaceId);
    if (!membership) return res.status(404).json({ error: 'Not found' });
    await db.update(collections).set({ name: req.body.name }).where(eq(collections.id, collection.id));
    res.sendStatus(204);
  })
  // expect: missing-input-validation
  .patch(async (req, res) => {
    // expect: unscoped-tenant-query
    await db.update(collections).set({ name: req.body.name }).where(eq(collections.id, req.params.collectionId));
    res.sendStatus(204);
  });
