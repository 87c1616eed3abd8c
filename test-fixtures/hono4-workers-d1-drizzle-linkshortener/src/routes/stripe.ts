import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import Stripe from 'stripe';
import { workspaces } from '../db/schema';
import type { AppEnv } from '../types';

export const stripeHooks = new Hono<AppEnv & { Bindings: { STRIPE_SECRET_KEY: string; STRIPE_WEBHOOK_SECRET: string } }>();

// ok: missing-auth, unverified-webhook
stripeHooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const raw = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(raw, c.req.header('stripe-signature') ?? '', c.env.STRIPE_WEBHOOK_SECRET, undefined, Stripe.createSubtleCryptoProvider());
  } catch {
    return c.json({ error: 'bad signature' }, 400);
  }
  if (event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await c.get('db').update(workspaces).set({ plan: 'free' }).where(eq(workspaces.id, sub.metadata.workspaceId));
  }
  return c.json({ received: true });
});
