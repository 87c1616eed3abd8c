import { Router } from 'express';
import { prisma } from '../db';

export const documentsRouter = Router();

documentsRouter.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } });
  if (!doc || doc.organizationId !== req.user!.organizationId) return res.status(404).json({ error: 'not found' });
  res.json(doc);
});

documentsRouter.delete('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  await prisma.document.delete({ where: { id: req.params.id } });
  res.sendStatus(204);
});
