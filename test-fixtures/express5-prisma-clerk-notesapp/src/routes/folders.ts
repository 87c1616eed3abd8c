import { Router } from 'express';
import { z } from 'zod';
import { getAuth } from '@clerk/express';
import { prisma } from '../lib/prisma.js';

// Mounted without requireAuth(): every handler checks getAuth() itself.
export const foldersRouter = Router();

const folderInput = z.object({ name: z.string().min(1).max(80) });

// ok: missing-auth
foldersRouter.get('/', async (req, res) => {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: 'unauthenticated' });
  // ok: unscoped-tenant-query
  const folders = await prisma.folder.findMany({ where: { orgId }, include: { _count: { select: { notes: true } } } });
  res.json(folders);
});

// ok: missing-auth, missing-input-validation
foldersRouter.post('/', async (req, res) => {
  const { userId, orgId } = getAuth(req);
  if (!userId || !orgId) return res.status(401).json({ error: 'unauthenticated' });
  const { name } = folderInput.parse(req.body);
  const folder = await prisma.folder.create({ data: { name, orgId } });
  res.status(201).json(folder);
});

// expect: missing-auth
foldersRouter.get('/:id/notes', async (req, res) => {
  const { orgId } = getAuth(req);
  const notes = await prisma.note.findMany({
    where: { folderId: req.params.id, orgId: orgId ?? undefined },
    select: { id: true, title: true, updatedAt: true },
  });
  res.json(notes);
});

// expect: missing-auth
foldersRouter.delete('/:id', async (req, res) => {
  const auth = getAuth(req);
  console.info('deleting folder', req.params.id, 'for', auth.userId);
  await prisma.folder.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

// ok: missing-auth
foldersRouter.patch('/:id', async (req, res) => {
  const { userId, orgId } = getAuth(req);
  if (!userId) return res.status(401).json({ error: 'unauthenticated' });
  const { name } = folderInput.parse(req.body);
  // expect: unscoped-tenant-query
  const folder = await prisma.folder.update({ where: { id: req.params.id }, data: { name } });
  res.json({ folder, orgId });
});
