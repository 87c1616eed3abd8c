import { Hono } from 'hono';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller, requireJwt } from '../middleware/auth';
import { exportLimiter } from '../middleware/limits';
import { refundHandlers, rememberScannerHandlers } from './refunds';

export const orders = new Hono<AppEnv>();

// registered before the auth middleware below, so it runs without it
// expect: missing-auth, missing-rate-limit
orders.get('/export', async (c) => {
  const eventId = c.req.query('eventId');
  // ok: unscoped-tenant-query
  const rows = await prisma.order.findMany({ where: { eventId } });
  const csv = ['id,email,total,status', ...rows.map((o) => `${o.id},${o.buyerEmail},${o.totalCents},${o.status}`)].join('\n');
  return c.text(csv, 200, { 'content-type': 'text/csv' });
});

orders.use('*', requireJwt);

// ok: missing-auth
orders.get('/', async (c) => {
  const eventId = c.req.query('eventId');
  // ok: unscoped-tenant-query
  const rows = await prisma.order.findMany({
    where: { accountId: caller(c).accountId, ...(eventId ? { eventId } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
  return c.json(rows);
});

// ok: missing-rate-limit, missing-auth
orders.get('/export.csv', exportLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.order.findMany({ where: { accountId: caller(c).accountId } });
  return c.text(rows.map((o) => `${o.id},${o.buyerEmail},${o.totalCents}`).join('\n'), 200, { 'content-type': 'text/csv' });
});

// ok: missing-auth
orders.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const order = await prisma.order.findUnique({ where: { id: c.req.param('id') } });
  return order ? c.json(order) : c.notFound();
});

// ok: missing-auth, missing-role-check, missing-input-validation
orders.post('/:id/refund', ...refundHandlers);

// ok: missing-auth, insecure-cookie
orders.post('/scanner/remember', ...rememberScannerHandlers);
