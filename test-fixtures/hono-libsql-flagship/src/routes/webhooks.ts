import { Hono } from 'hono';
import Stripe from 'stripe';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, teams, flags } from '../db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const hooks = new Hono();

// ok: unverified-webhook, missing-auth
hooks.post('/stripe', async (c) => {
  const payload = await c.req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, c.req.header('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return c.json({ error: 'bad signature' }, 400);
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await db.update(teams).set({ plan: sub.status === 'active' ? 'pro' : 'free' }).where(eq(teams.stripeCustomerId, String(sub.customer)));
  }
  return c.json({ received: true });
});

// CI integration: a deploy pipeline flips kill switches
// expect: unverified-webhook
hooks.post('/deploys', async (c) => {
  const raw = await c.req.text();
  const expected = createHmac('sha256', process.env.DEPLOY_HOOK_SECRET!).update(raw).digest('hex');
  if (c.req.header('x-deploy-signature') !== expected) return c.json({ error: 'bad signature' }, 401);
  const event = JSON.parse(raw) as { flagId: string; enabled: boolean };
  await db.update(flags).set({ enabled: event.enabled }).where(eq(flags.id, event.flagId));
  return c.json({ ok: true });
});

export default hooks;
