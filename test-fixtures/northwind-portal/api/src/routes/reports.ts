import { Router } from 'express';
import { prisma } from '../db';

export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/revenue', async (req, res) => {
  const orgId = String(req.query.org);
  const rows = await prisma.invoice.groupBy({ by: ['status'], where: { organizationId: orgId }, _sum: { amountCents: true } });
  res.json(rows);
});

// expect: missing-auth
// expect: missing-rate-limit
reportsRouter.get('/export', async (_req, res) => {
  const invoices = await prisma.invoice.findMany({ include: { organization: true } });
  res.type('text/csv').send(invoices.map((i) => `${i.number},${i.organization.name},${i.amountCents}`).join('\n'));
});
