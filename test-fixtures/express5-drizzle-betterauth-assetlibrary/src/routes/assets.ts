import { and, desc, eq, inArray } from 'drizzle-orm';
import { Router } from 'express';
import multer from 'multer';
import crypto from 'node:crypto';
import { z } from 'zod';
import { db } from '../db/index.js';
import { assets, shareLinks } from '../db/schema.js';
import { pool } from '../db/index.js';
import { uploadLimiter } from '../lib/limits.js';
import { putObject, removeObject } from '../lib/storage.js';

// mounted at /api/workspaces/:workspaceId/assets behind requireSession + requireWorkspace()
export const assetsRouter = Router({ mergeParams: true });

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'video/mp4', 'application/pdf']);

// ok: unrestricted-upload
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 50 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => cb(null, IMAGE_TYPES.has(file.mimetype)),
});

const AssetMeta = z.object({
  title: z.string().trim().min(1).max(200),
  collectionId: z.string().uuid().optional(),
  tags: z.array(z.string().max(32)).max(20).default([]),
});
const ListQuery = z.object({ collectionId: z.string().uuid().optional(), limit: z.coerce.number().int().max(200).default(50) });

// ok: missing-auth, unscoped-tenant-query
assetsRouter.get('/', async (req, res) => {
  const { collectionId, limit } = ListQuery.parse(req.query);
  const where = collectionId
    ? and(eq(assets.workspaceId, req.workspace!.id), eq(assets.collectionId, collectionId))
    : eq(assets.workspaceId, req.workspace!.id);
  res.json(await db.select().from(assets).where(where).orderBy(desc(assets.createdAt)).limit(limit));
});

// expect: missing-rate-limit
assetsRouter.get('/export.csv', async (req, res) => {
  const rows = await db.select().from(assets).where(eq(assets.workspaceId, req.workspace!.id));
  res.type('text/csv');
  res.attachment('assets.csv');
  res.send(['id,title,filename,size', ...rows.map((a) => `${a.id},"${a.title}",${a.filename},${a.sizeBytes}`)].join('\n'));
});

// ok: missing-auth
assetsRouter.get('/:assetId', async (req, res) => {
  // ok: unscoped-tenant-query
  const asset = await db.query.assets.findFirst({
    where: and(eq(assets.id, req.params.assetId), eq(assets.workspaceId, req.workspace!.id)),
  });
  if (!asset) return res.status(404).json({ error: 'Not found' });
  res.json(asset);
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
assetsRouter.post('/', uploadLimiter, upload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file is required' });
  const meta = AssetMeta.parse(JSON.parse(req.body.meta ?? '{}'));
  const storageKey = `${req.workspace!.id}/${crypto.randomUUID()}`;
  await putObject(storageKey, req.file.buffer, req.file.mimetype);
  const [asset] = await db
    .insert(assets)
    .values({
      ...meta,
      workspaceId: req.workspace!.id,
      uploadedBy: req.user!.id,
      filename: req.file.originalname,
      mimeType: req.file.mimetype,
      sizeBytes: req.file.size,
      storageKey,
    })
    .returning();
  res.status(201).json(asset);
});

// ok: missing-input-validation
assetsRouter.patch('/:assetId', async (req, res) => {
  const meta = AssetMeta.partial().parse(req.body);
  // expect: unscoped-tenant-query
  const [asset] = await db.update(assets).set(meta).where(eq(assets.id, req.params.assetId)).returning();
  if (!asset) return res.status(404).json({ error: 'Not found' });
  res.json(asset);
});

// ok: missing-auth
assetsRouter.delete('/:assetId', async (req, res) => {
  // ok: unscoped-tenant-query
  const asset = await db.query.assets.findFirst({ where: eq(assets.id, req.params.assetId) });
  if (!asset || asset.workspaceId !== req.workspace!.id) return res.status(404).json({ error: 'Not found' });
  await removeObject(asset.storageKey);
  await db.delete(assets).where(eq(assets.id, asset.id));
  res.sendStatus(204);
});

// ok: missing-auth, missing-input-validation
assetsRouter.post('/:assetId/share-links', async (req, res) => {
  const { expiresInDays } = z.object({ expiresInDays: z.number().int().min(1).max(90).default(7) }).parse(req.body ?? {});
  // ok: unscoped-tenant-query
  const asset = await db.query.assets.findFirst({
    where: and(eq(assets.id, req.params.assetId), eq(assets.workspaceId, req.workspace!.id)),
  });
  if (!asset) return res.status(404).json({ error: 'Not found' });
  const [link] = await db
    .insert(shareLinks)
    .values({
      token: crypto.randomBytes(24).toString('base64url'),
      workspaceId: asset.workspaceId,
      assetId: asset.id,
      expiresAt: new Date(Date.now() + expiresInDays * 86_400_000),
    })
    .returning();
  res.status(201).json(link);
});

// ok: missing-auth, missing-input-validation
assetsRouter.post('/bulk-delete', async (req, res) => {
  const { ids } = z.object({ ids: z.array(z.string().uuid()).min(1).max(100) }).parse(req.body);
  // expect: unscoped-tenant-query
  const removed = await db.delete(assets).where(inArray(assets.id, ids)).returning({ id: assets.id });
  res.json({ removed: removed.length });
});

// ok: missing-auth
assetsRouter.get('/:assetId/raw-meta', async (req, res) => {
  // expect: unscoped-tenant-query
  const { rows } = await pool.query('SELECT id, title, mime_type, size_bytes FROM assets WHERE id = $1', [req.params.assetId]);
  res.json(rows[0] ?? null);
});
