import { Hono } from 'hono';
import { createHmac, timingSafeEqual } from 'node:crypto';
import Stripe from 'stripe';
import { prisma } from '../lib/db';
import { env } from '../lib/env';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);
const webhooks = new Hono();

// ok: missing-auth, unverified-webhook
webhooks.post('/stripe', async (c) => {
  const signature = c.req.header('stripe-signature') ?? '';
  const payload = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(payload, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return c.json({ error: 'Invalid signature' }, 400);
  }
  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.company.updateMany({ where: { stripeCustomerId: String(sub.customer) }, data: { subscriptionStatus: sub.status } });
  }
  return c.json({ received: true });
});

// Applications forwarded by the job board partner
// expect: unverified-webhook
webhooks.post('/jobboard', async (c) => {
  const raw = await c.req.text();
  const expected = createHmac('sha256', env.JOBBOARD_SECRET).update(raw).digest('hex');
  if (c.req.header('x-jobboard-signature') !== expected) return c.json({ error: 'bad signature' }, 401);
  const payload = JSON.parse(raw) as { companyId: string; candidate: { fullName: string; email: string } };
  await prisma.candidate.create({ data: { ...payload.candidate, source: 'agency', companyId: payload.companyId } });
  return c.json({ ok: true });
});

// Interview calendar sync
// ok: missing-auth, unverified-webhook
webhooks.post('/calendar', async (c) => {
  const raw = await c.req.text();
  const given = Buffer.from(c.req.header('x-calendar-signature') ?? '', 'hex');
  const expected = createHmac('sha256', env.CALENDAR_SIGNING_SECRET).update(raw).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return c.json({ error: 'bad signature' }, 401);
  const event = JSON.parse(raw) as { applicationId: string; status: string };
  if (event.status === 'cancelled') {
    await prisma.application.update({ where: { id: event.applicationId }, data: { stage: 'screen' } });
  }
  return c.json({ ok: true });
});

export default webhooks;
