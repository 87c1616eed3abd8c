import { Router } from 'express';
import { z } from 'zod';
import { getAuth } from '@clerk/express';
import { prisma } from '../lib/prisma.js';
import { requireOrg } from '../lib/auth.js';

export const notesRouter = Router();

const noteInput = z.object({
  title: z.string().min(1).max(200),
  body: z.string().max(100_000),
  folderId: z.string().cuid().nullable().optional(),
});

notesRouter.get('/', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  const where: { orgId: string; archived: boolean; folderId?: string } = { orgId: ctx.orgId, archived: false };
  if (typeof req.query.folderId === 'string') where.folderId = req.query.folderId;
  // ok: unscoped-tenant-query
  const notes = await prisma.note.findMany({ where, orderBy: { updatedAt: 'desc' }, take: 100 });
  res.json(notes);
});

notesRouter.get('/:id', async (req, res) => {
  const { orgId } = getAuth(req);
  // ok: unscoped-tenant-query
  const note = await prisma.note.findFirst({ where: { id: req.params.id, orgId: orgId! } });
  if (!note) return res.status(404).json({ error: 'not found' });
  res.json(note);
});

// ok: missing-input-validation
notesRouter.post('/', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  const input = noteInput.parse(req.body);
  const note = await prisma.note.create({
    data: { ...input, orgId: ctx.orgId, authorId: ctx.userId },
  });
  res.status(201).json(note);
});

// expect: missing-input-validation
notesRouter.patch('/:id', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  // expect: unscoped-tenant-query
  const note = await prisma.note.update({
    where: { id: req.params.id },
    data: { title: req.body.title, body: req.body.body },
  });
  res.json(note);
});

notesRouter.post('/:id/archive', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  // ok: unscoped-tenant-query
  const existing = await prisma.note.findUnique({ where: { id: req.params.id } });
  if (!existing || existing.orgId !== ctx.orgId) return res.status(404).json({ error: 'not found' });
  await prisma.note.update({ where: { id: existing.id }, data: { archived: true } });
  res.status(204).end();
});

notesRouter.delete('/:id', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  // expect: unscoped-tenant-query
  await prisma.note.delete({ where: { id: req.params.id } });
  res.status(204).end();
});

notesRouter.post('/:id/share', async (req, res) => {
  const ctx = requireOrg(req, res);
  if (!ctx) return;
  const token = crypto.randomUUID().replaceAll('-', '');
  // ok: unscoped-tenant-query
  const updated = await prisma.note.updateMany({
    where: { id: req.params.id, orgId: ctx.orgId },
    data: { shareToken: token },
  });
  if (updated.count === 0) return res.status(404).json({ error: 'not found' });
  res.json({ url: `/share/${token}` });
});
