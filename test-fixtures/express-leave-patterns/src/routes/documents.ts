import { randomBytes, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { withCompany } from '../lib/withCompany';
import { asyncHandler, authenticate, loadCompany } from '../middleware/auth';

const DAY_MS = 24 * 60 * 60 * 1000;
const APP_URL = process.env.APP_URL ?? 'http://localhost:3000';

const ALLOWED_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain'] as const;

const createDocumentSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    mimeType: z.enum(ALLOWED_MIME_TYPES),
    sizeBytes: z.number().int().positive().max(25 * 1024 * 1024),
  })
  .strict();

const createShareSchema = z
  .object({
    documentId: z.string().cuid(),
    expiresInDays: z.number().int().min(1).max(30).default(7),
  })
  .strict();

const extendShareSchema = z.object({ expiresInDays: z.number().int().min(1).max(30) }).strict();

const guarded = [authenticate, loadCompany];

/* ------------------------------------------------------------------ */
/* /api/documents — mounted behind the global auth middleware          */
/* ------------------------------------------------------------------ */

export const documentsRouter = Router();

// ok: missing-auth
documentsRouter.get('/', ...guarded, asyncHandler(async (req, res) => {
  const documents = await prisma.document.findMany({
    where: { companyId: req.company!.id },
    select: { id: true, name: true, mimeType: true, sizeBytes: true, createdAt: true },
    orderBy: { createdAt: 'desc' },
  });
  return res.json(documents);
}));

// ok: missing-auth
documentsRouter.post('/', ...guarded, asyncHandler(async (req, res) => {
  if (req.ability!.cannot('create', 'Document')) return res.sendStatus(403);
  const body = createDocumentSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const company = req.company!;
  const document = await prisma.document.create({
    data: {
      ...body.data,
      companyId: company.id,
      uploadedById: req.user!.id,
      storageKey: `${company.id}/${randomUUID()}`,
    },
  });
  return res.status(201).json(document);
}));

documentsRouter
  .route('/:id')
  // ok: missing-auth
  .get(...guarded, asyncHandler(async (req, res) => {
    // ok: unscoped-tenant-query
    const document = await prisma.document.findUnique({ where: { id: req.params.id } });
    if (!document || document.companyId !== req.company!.id) return res.sendStatus(404);
    return res.json(document);
  }))
  // ok: missing-auth
  .delete(...guarded, asyncHandler(async (req, res) => {
    if (req.ability!.cannot('delete', 'Document')) return res.sendStatus(403);
    // expect: unscoped-tenant-query
    await prisma.document.delete({ where: { id: req.params.id } });
    return res.sendStatus(204);
  }));

/* ------------------------------------------------------------------ */
/* /api/share — mounted BEFORE the global auth middleware (app.ts) so  */
/* that recipients without an account can open share links.           */
/* ------------------------------------------------------------------ */

export const shareRouter = Router();

// ok: missing-auth
shareRouter.get('/', withCompany(async (req, res, company) => {
  if (req.ability!.cannot('share', 'Document')) return res.sendStatus(403);
  const shared = await prisma.document.findMany({
    where: { companyId: company.id, shareToken: { not: null }, shareExpiresAt: { gt: new Date() } },
    select: { id: true, name: true, shareToken: true, shareExpiresAt: true },
  });
  return res.json(shared.map((d) => ({ ...d, url: `${APP_URL}/api/share/${d.shareToken}` })));
}));

// expect: missing-auth
shareRouter.post('/', asyncHandler(async (req, res) => {
  const body = createShareSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const shareToken = randomBytes(32).toString('base64url');
  const shareExpiresAt = new Date(Date.now() + body.data.expiresInDays * DAY_MS);
  const { count } = await prisma.document.updateMany({
    where: { id: body.data.documentId },
    data: { shareToken, shareExpiresAt },
  });
  if (count === 0) return res.sendStatus(404);
  return res.status(201).json({ url: `${APP_URL}/api/share/${shareToken}`, expiresAt: shareExpiresAt });
}));

shareRouter
  .route('/:token')
  // ok: missing-auth
  .get(asyncHandler(async (req, res) => {
    const document = await prisma.document.findUnique({
      where: { shareToken: req.params.token },
      select: { name: true, mimeType: true, sizeBytes: true, createdAt: true, shareExpiresAt: true },
    });
    if (!document || !document.shareExpiresAt || document.shareExpiresAt <= new Date()) return res.sendStatus(404);
    const { shareExpiresAt: _expiresAt, ...publicFields } = document;
    return res.json(publicFields);
  }))
  // expect: missing-auth
  .patch(asyncHandler(async (req, res) => {
    const body = extendShareSchema.safeParse(req.body);
    if (!body.success) return res.status(400).json({ error: body.error.flatten() });

    const { count } = await prisma.document.updateMany({
      where: { shareToken: req.params.token },
      data: { shareExpiresAt: new Date(Date.now() + body.data.expiresInDays * DAY_MS) },
    });
    if (count === 0) return res.sendStatus(404);
    return res.sendStatus(204);
  }))
  // ok: missing-auth
  .delete(...guarded, asyncHandler(async (req, res) => {
    if (req.ability!.cannot('share', 'Document')) return res.sendStatus(403);
    // ok: unscoped-tenant-query
    const { count } = await prisma.document.updateMany({
      where: { shareToken: req.params.token, companyId: req.company!.id },
      data: { shareToken: null, shareExpiresAt: null },
    });
    if (count === 0) return res.sendStatus(404);
    return res.sendStatus(204);
  }));
