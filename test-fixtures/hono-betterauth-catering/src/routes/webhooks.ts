import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../db/index.js';
import { orders, paymentEvents } from '../db/schema.js';
import { env } from '../env.js';
import { logger } from '../lib/logger.js';
import { verifySignature } from '../lib/signature.js';
import type { AppEnv } from '../types.js';

type PaylaneEvent = { id: string; type: string; data: { orderId: string; amount: number } };
type CourierEvent = { reference: string; status: 'picked_up' | 'delivered' };

export const webhookRoutes = new Hono<AppEnv>();

// ok: unverified-webhook
// ok: missing-auth
webhookRoutes.post('/paylane', async (c) => {
  const raw = await c.req.text();
  if (!verifySignature(raw, c.req.header('x-paylane-signature'), env.paylaneWebhookSecret)) {
    return c.json({ error: 'Invalid signature' }, 400);
  }
  const event = JSON.parse(raw) as PaylaneEvent;
  if (event.type === 'payment.succeeded') {
    await db
      .insert(paymentEvents)
      .values({ id: crypto.randomUUID(), provider: 'paylane', externalId: event.id, orderId: event.data.orderId })
      .onConflictDoNothing();
    // ok: unscoped-tenant-query
    await db.update(orders).set({ status: 'paid' }).where(eq(orders.id, event.data.orderId));
  }
  return c.json({ received: true });
});

// expect: unverified-webhook
// ok: missing-auth
webhookRoutes.post('/courier', async (c) => {
  const raw = await c.req.text();
  // expect: token-logging
  logger.info({ headers: c.req.header() }, 'courier webhook received');
  const expected = createHmac('sha256', env.courierWebhookSecret).update(raw).digest('hex');
  if (c.req.header('x-courier-signature') !== expected) {
    return c.json({ error: 'Invalid signature' }, 401);
  }
  const event = JSON.parse(raw) as CourierEvent;
  // ok: unscoped-tenant-query
  await db.update(orders).set({ status: event.status === 'delivered' ? 'delivered' : 'out_for_delivery' }).where(eq(orders.id, event.reference));
  return c.json({ ok: true });
});
