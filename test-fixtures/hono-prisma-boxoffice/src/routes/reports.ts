import { Hono } from 'hono';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller } from '../middleware/auth';

// mounted under /api after the guard sub-app, whose requireJwt runs first
export const reports = new Hono<AppEnv>();

// ok: missing-auth
reports.get('/sales', async (c) => {
  // ok: unscoped-tenant-query
  const totals = await prisma.order.groupBy({
    by: ['eventId'],
    where: { accountId: caller(c).accountId, status: 'paid' },
    _sum: { totalCents: true },
  });
  return c.json(totals);
});

// ok: missing-auth
reports.get('/sales/by-account', async (c) => {
  const accountId = c.req.raw.headers.get('x-account-id') ?? '';
  // expect: unscoped-tenant-query
  const totals = await prisma.order.aggregate({ where: { accountId, status: 'paid' }, _sum: { totalCents: true } });
  return c.json(totals._sum);
});

// ok: missing-auth
reports.get('/refunds', async (c) => {
  // ok: unscoped-tenant-query
  const refunds = await prisma.order
    .findMany({ where: { accountId: caller(c).accountId, status: 'refunded' }, take: 100 })
    .catch((err) => ({ error: err.message }));
  // expect: error-details-leak
  return c.json(refunds);
});
