import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';

export const institutionsRouter = Router();

// The bank picker: every user sees the same list of banks.
institutionsRouter.get('/', async (req, res) => {
  const { country } = z.object({ country: z.string().length(2).optional() }).parse(req.query);
  // ok: unscoped-tenant-query
  const institutions = await prisma.institution.findMany({
    where: country ? { country } : undefined,
    orderBy: { name: 'asc' },
  });
  res.json(institutions);
});

institutionsRouter.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const institution = await prisma.institution.findUnique({ where: { id: req.params.id } });
  if (!institution) return res.status(404).json({ error: 'not found' });
  return res.json(institution);
});
