import { Router } from 'express';
import { z } from 'zod';
import { getAuth, requireAuth } from '@clerk/express';
import { prisma } from '../lib/prisma.js';
import { inOrg } from '../lib/scope.js';

// Team library: pinned notes and folder management for the active organization.
export const libraryRouter = Router();
const signedIn = requireAuth();
libraryRouter.use(signedIn);

libraryRouter.get('/folders/:folderId', async (req, res) => {
  // ok: unscoped-tenant-query
  const folder = await prisma.folder.findFirst({ where: inOrg(req, { id: req.params.folderId }) });
  if (!folder) return res.status(404).json({ error: 'not found' });
  res.json(folder);
});

libraryRouter.get('/folders/:folderId/notes/:noteId', async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const note = await prisma.note.findFirst({
    where: { id: req.params.noteId, folderId: req.params.folderId, folder: { orgId: orgId! } },
  });
  res.json(note);
});

// ok: missing-role-check, missing-input-validation
libraryRouter.post('/folders/:folderId/lock', async (req, res) => {
  const { has, orgId } = getAuth(req);
  if (!has({ permission: 'org:library:manage' })) return res.status(403).json({ error: 'forbidden' });
  const { locked } = z.object({ locked: z.boolean() }).parse(req.body);
  // ok: unscoped-tenant-query
  await prisma.folder.updateMany({ where: { id: req.params.folderId, orgId: orgId! }, data: { name: locked ? '🔒 locked' : 'unlocked' } });
  res.status(204).end();
});

libraryRouter.get('/notes/:noteId/history', async (req, res) => {
  // expect: unscoped-tenant-query
  const note = await prisma.note.findUnique({ where: { id: req.params.noteId }, select: { id: true, title: true, updatedAt: true } });
  res.json(note);
});
