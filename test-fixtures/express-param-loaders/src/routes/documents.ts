import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { loadDocument, loadMembership } from '../loaders/documents';

export const documentsRouter = Router();

documentsRouter.param('documentId', loadDocument);

const renameSchema = z.object({ title: z.string().min(1).max(200) });

documentsRouter.get('/:documentId', (req, res) => {
  res.json(req.document);
});

documentsRouter.put('/:documentId', async (req, res) => {
  const { title } = renameSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const doc = await prisma.document.update({ where: { id: req.params.documentId }, data: { title } });
  res.json(doc);
});

export const membersRouter = Router();

membersRouter.param('membershipId', loadMembership);

membersRouter.get('/:membershipId', (req, res) => {
  res.json(req.membership);
});

membersRouter.delete('/:membershipId', async (req, res) => {
  await prisma.membership.delete({ where: { id: req.membership!.id } });
  res.status(204).end();
});
