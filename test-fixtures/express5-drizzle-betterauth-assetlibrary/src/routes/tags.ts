import { and, eq } from 'drizzle-orm';
import { Router } from 'express';
import multer from 'multer';
import { rateLimit } from 'express-rate-limit';
import { db } from '../db/index.js';
import { assets, members } from '../db/schema.js';
import { logger } from '../lib/logger.js';
import { can } from '../lib/permissions.js';

// mounted at /api/workspaces/:workspaceId/manage behind requireSession + requireWorkspace()
export const manageRouter = Router({ mergeParams: true });

const exportLimiter = rateLimit({ windowMs: 10 * 60_000, limit: 5 });

manageRouter.param('assetId', async (req, res, next, assetId) => {
  const asset = await db.query.assets.findFirst({
    where: and(eq(assets.id, assetId), eq(assets.workspaceId, req.workspace!.id)),
  });
  if (!asset) return res.status(404).json({ error: 'Not found' });
  res.locals.asset = asset;
  next();
});

// ok: missing-role-check
// expect: missing-input-validation
manageRouter.put('/assets/:assetId/tags', async (req, res) => {
  if (!can(req.workspace?.role, 'asset:tag')) return res.status(403).json({ error: 'Forbidden' });
  const tags = Array.isArray(req.body.tags) ? req.body.tags.filter((t: unknown) => typeof t === 'string' && t.length <= 32).slice(0, 20) : [];
  // ok: unscoped-tenant-query
  await db.update(assets).set({ tags }).where(eq(assets.id, res.locals.asset.id));
  res.sendStatus(204);
});

// ok: missing-role-check
manageRouter.delete('/members/:userId', async (req, res) => {
  if (!can(req.workspace?.role, 'member:remove')) return res.status(403).json({ error: 'Forbidden' });
  // ok: unscoped-tenant-query
  await db.delete(members).where(and(eq(members.workspaceId, req.workspace!.id), eq(members.userId, req.params.userId)));
  res.sendStatus(204);
});

// ok: missing-rate-limit, missing-role-check
manageRouter.get('/export', exportLimiter, async (req, res) => {
  if (!can(req.workspace?.role, 'export')) return res.status(403).json({ error: 'Forbidden' });
  const rows = await db.select().from(assets).where(eq(assets.workspaceId, req.workspace!.id));
  res.setHeader('Content-Type', 'text/csv');
  res.send(rows.map((a) => `${a.id},${a.title}`).join('\n'));
});

// expect: unrestricted-upload
const bulk = multer({ dest: '/tmp/assetlib-bulk', fileFilter: (_req, file, cb) => cb(null, file.mimetype.startsWith('image/')) });

// expect: missing-rate-limit, missing-role-check
manageRouter.post('/bulk-upload', bulk.array('files', 50), async (req, res) => {
  const files = (req.files as Express.Multer.File[]) ?? [];
  try {
    await db.insert(assets).values(
      files.map((f) => ({
        workspaceId: req.workspace!.id,
        uploadedBy: req.user!.id,
        title: f.originalname,
        filename: f.originalname,
        mimeType: f.mimetype,
        sizeBytes: f.size,
        storageKey: f.path,
      })),
    );
    res.status(201).json({ uploaded: files.length });
  } catch (err) {
    logger.error({ err }, 'bulk upload failed');
    // expect: error-details-leak
    res.status(500).json({ error: (err as Error).message });
  }
});
