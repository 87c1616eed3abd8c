import { PutObjectCommand } from '@aws-sdk/client-s3';
import { zValidator } from '@hono/zod-validator';
import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { every } from 'hono/combine';
import { createFactory } from 'hono/factory';
import { z } from 'zod';
import { auth } from '../auth.js';
import { db } from '../db/index.js';
import { member, orders, organization } from '../db/schema.js';
import { env } from '../env.js';
import { s3 } from '../lib/s3.js';
import { requireActiveOrg, requireOrgRole } from '../middleware/org.js';
import { uploadLimiter } from '../middleware/rate-limit.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';

const factory = createFactory<AppEnv>();

export const billingRoutes = new Hono<AppEnv>();

billingRoutes.use(every(requireAuth, requireActiveOrg));

// ok: missing-auth
billingRoutes.get('/invoices/:id', zValidator('param', z.object({ id: z.string().uuid() })), async (c) => {
  const { id } = c.req.valid('param');
  // expect: unscoped-tenant-query
  const order = await db.query.orders.findFirst({ where: (o, { eq }) => eq(o.id, id) });
  if (!order) return c.json({ error: 'Not found' }, 404);
  return c.json({ orderId: order.id, totalCents: order.totalCents, status: order.status });
});

billingRoutes.get('/receipts/:id', async (c) => {
  const id = c.req.param('id');
  // ok: unscoped-tenant-query
  const order = await db.query.orders.findFirst({ where: (o, { and, eq }) => and(eq(o.id, id), eq(o.organizationId, c.get('orgId'))) });
  if (!order) return c.json({ error: 'Not found' }, 404);
  return c.json({ receiptFor: order.id, paid: order.status === 'paid' });
});

// ok: missing-input-validation
billingRoutes.post('/orders/bulk-cancel', zValidator('json', z.object({ ids: z.array(z.string()).min(1).max(100) })), async (c) => {
  const { ids } = c.req.valid('json');
  // expect: unscoped-tenant-query
  const cancelled = await db.update(orders).set({ status: 'cancelled' }).where(inArray(orders.id, ids)).returning({ id: orders.id });
  return c.json({ cancelled: cancelled.length });
});

// Removing a paid seat frees it for the next invitation.
// ok: missing-role-check
billingRoutes.delete('/seats/:memberId', async (c) => {
  const { success } = await auth.api.hasPermission({
    headers: c.req.raw.headers,
    body: { permissions: { member: ['delete'] } },
  });
  if (!success) return c.json({ error: 'Forbidden' }, 403);
  // ok: unscoped-tenant-query
  await db.delete(member).where(and(eq(member.id, c.req.param('memberId')), eq(member.organizationId, c.get('orgId'))));
  return c.body(null, 204);
});

const planInput = z.object({ plan: z.enum(['starter', 'team', 'enterprise']) });

// ok: missing-role-check, missing-input-validation
billingRoutes.post('/plan', ...factory.createHandlers(requireOrgRole('owner'), zValidator('json', planInput), async (c) => {
  const { plan } = c.req.valid('json');
  // ok: unscoped-tenant-query
  await db.update(organization).set({ metadata: JSON.stringify({ plan }) }).where(eq(organization.id, c.get('orgId')));
  return c.json({ plan });
}));

// ok: missing-rate-limit
billingRoutes.post('/tax-documents', uploadLimiter, bodyLimit({ maxSize: 2 * 1024 * 1024 }), async (c) => {
  // ok: unrestricted-upload
  const body = await c.req.parseBody();
  const doc = body['document'];
  if (!(doc instanceof File) || doc.type !== 'application/pdf') return c.json({ error: 'A PDF is required' }, 415);
  const key = `tax/${c.get('orgId')}/${crypto.randomUUID()}.pdf`;
  await s3.send(new PutObjectCommand({ Bucket: env.s3Bucket, Key: key, Body: Buffer.from(await doc.arrayBuffer()), ContentType: 'application/pdf' }));
  return c.json({ key }, 201);
});
