import { zValidator } from '@hono/zod-validator';
import { and, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { db } from '../db/index.js';
import { orders } from '../db/schema.js';
import { orgIdOf } from '../middleware/org.js';
import { buildInvoice, createOrder, createOrderInput, getOrderForOrg } from '../services/orders.js';
import type { AppEnv } from '../types.js';

// Mounted inside the guarded /api sub-app (see routes/api.ts).
export const ordersRoutes = new Hono<AppEnv>();

// ok: missing-auth
ordersRoutes.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(orders).where(eq(orders.organizationId, orgIdOf(c))).orderBy(desc(orders.createdAt)).limit(100);
  return c.json(rows);
});

// expect: missing-rate-limit
ordersRoutes.get('/export.csv', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(orders).where(eq(orders.organizationId, orgIdOf(c)));
  const csv = [
    'id,status,total_cents,customer_email,created_at',
    ...rows.map((o) => [o.id, o.status, o.totalCents, o.customerEmail, o.createdAt.toISOString()].join(',')),
  ].join('\n');
  return c.body(csv, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="orders.csv"',
  });
});

ordersRoutes.get('/:orderId', async (c) => {
  // expect: unscoped-tenant-query
  const [order] = await db.select().from(orders).where(eq(orders.id, c.req.param('orderId')));
  if (!order) return c.json({ error: 'Not found' }, 404);
  return c.json(order);
});

ordersRoutes.get('/:orderId/invoice', async (c) => {
  const order = await getOrderForOrg(orgIdOf(c), c.req.param('orderId'));
  return c.json(buildInvoice(order));
});

// ok: missing-input-validation
ordersRoutes.post('/', zValidator('json', createOrderInput), async (c) => {
  const input = c.req.valid('json');
  try {
    const order = await createOrder(orgIdOf(c), input);
    return c.json(order, 201);
  } catch (err) {
    // expect: error-details-leak
    return c.json({ error: 'Could not create order', detail: (err as Error).message }, 500);
  }
});

const statusInput = z.object({ status: z.enum(['received', 'preparing', 'ready', 'cancelled']) });

// ok: missing-input-validation
ordersRoutes.post('/:orderId/status', zValidator('json', statusInput), async (c) => {
  const { status } = c.req.valid('json');
  // ok: unscoped-tenant-query
  const [updated] = await db.update(orders).set({ status }).where(and(eq(orders.id, c.req.param('orderId')), eq(orders.organizationId, orgIdOf(c)))).returning();
  if (!updated) return c.json({ error: 'Not found' }, 404);
  return c.json(updated);
});
