import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { prisma } from '../db';
import { requireAdmin, requireAuth } from '../middleware/auth';
import { adminRouter } from '../routes/admin';
import { authRouter } from '../routes/auth';
import { librariesRouter } from '../routes/libraries';
import { makeToolsRouter } from '../routes/tools';

export const v1 = Router();

const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, standardHeaders: true });

// printable shelf label, added for the kiosk before the tools router was mounted behind auth
// expect: missing-auth
v1.get('/tools/:toolId/label', async (req, res) => {
  const tool = await prisma.tool.findUnique({ where: { id: req.params.toolId }, include: { library: true } });
  if (!tool) return res.sendStatus(404);
  res.type('text/plain').send(`${tool.library.name} / ${tool.name} / ${tool.slug}`);
});

v1.use('/auth', authLimiter, authRouter);
v1.use('/tools', requireAuth, makeToolsRouter({ prisma }));
v1.use('/libraries', requireAuth, librariesRouter);
v1.use('/admin', requireAuth, requireAdmin, adminRouter);

// registered after the mount above: a request for /tools/... passes requireAuth first, then falls through
// ok: missing-auth
v1.get('/tools/:toolId/photo', async (req, res) => {
  // ok: unscoped-tenant-query
  const tool = await prisma.tool.findFirst({ where: { id: req.params.toolId, libraryId: req.user!.libraryId } });
  if (!tool) return res.sendStatus(404);
  res.redirect(`https://cdn.toolshare.example.org/tools/${tool.id}.jpg`);
});
