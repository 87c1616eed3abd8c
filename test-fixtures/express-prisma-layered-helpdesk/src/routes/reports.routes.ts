import { Router } from 'express';
import { prisma } from '../lib/prisma';

// mounted without requireAuth in routes/index.ts (the dashboard team assumed the gateway does it)
export const reportsRouter = Router();

// expect: missing-auth
reportsRouter.get('/open-tickets', async (req, res) => {
  const orgId = String(req.query.orgId);
  // ok: unscoped-tenant-query
  const tickets = await prisma.ticket.findMany({ where: { orgId, status: 'open' } });
  res.json(tickets);
});
