import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import Stripe from 'stripe';
import { users, workspaces } from '../db/schema';
import type { AppEnv } from '../types';

export const webhooks = new Hono<AppEnv>();

// ok: missing-auth, unverified-webhook
webhooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const signature = c.req.header('stripe-signature');
  if (!signature) return c.text('Missing signature', 400);
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(
      await c.req.text(),
      signature,
      c.env.STRIPE_WEBHOOK_SECRET,
      undefined,
      Stripe.createSubtleCryptoProvider(),
    );
  } catch {
    return c.text('Invalid signature', 400);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await drizzle(c.env.DB)
      .update(workspaces)
      .set({ plan: 'pro', stripeCustomerId: String(session.customer) })
      .where(eq(workspaces.id, session.client_reference_id!));
  }
  return c.json({ received: true });
});

// Postmark inbound bounce hook
// ok: missing-auth
// expect: unverified-webhook
webhooks.post('/postmark', async (c) => {
  const bounce = await c.req.json<{ Email: string; Type: string }>();
  if (bounce.Type === 'HardBounce') {
    // ok: token-logging
    console.warn('hard bounce for', bounce.Email);
    await drizzle(c.env.DB).update(users).set({ emailBounced: true }).where(eq(users.email, bounce.Email));
  }
  return c.json({ ok: true });
});
