import { Router } from 'express';
import path from 'node:path';
import { prisma } from '../lib/prisma.js';

// Exported note bundles on disk: /api/files/<orgId>/<name>
export const filesRouter = Router();

filesRouter.get('/:orgId/*filePath', async (req, res) => {
  // expect: unscoped-tenant-query
  const org = await prisma.organization.findUnique({ where: { id: req.params.orgId } });
  if (!org) return res.status(404).end();
  const rel = ([] as string[]).concat(req.params.filePath).join('/');
  res.sendFile(path.join('/var/quillnotes/exports', org.id, path.normalize(rel)));
});

filesRouter.get('/mine/latest{.:format}', async (req, res) => {
  if (!req.auth.userId || !req.auth.orgId) return res.status(401).json({ error: 'unauthenticated' });
  // ok: unscoped-tenant-query
  const latest = await prisma.note.findFirst({ where: { orgId: req.auth.orgId, authorId: req.auth.userId }, orderBy: { updatedAt: 'desc' } });
  res.format({ json: () => res.json(latest), text: () => res.send(latest?.body ?? '') });
});
