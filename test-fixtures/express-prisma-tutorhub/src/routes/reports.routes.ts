import { Router } from 'express';
import { prisma } from '../lib/prisma';

export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/revenue', async (req, res) => {
  const organizationId = String(req.query.organizationId ?? '');
  // ok: unscoped-tenant-query
  const totals = await prisma.invoice.groupBy({
    by: ['status'],
    where: { organizationId },
    _sum: { amountCents: true },
  });
  res.json(totals);
});

// ok: missing-auth
reportsRouter.get('/agencies/count', async (_req, res) => {
  res.json({ agencies: await prisma.organization.count() });
});
