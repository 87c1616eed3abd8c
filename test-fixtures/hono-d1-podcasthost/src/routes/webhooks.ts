import { Hono } from 'hono';
import Stripe from 'stripe';
import type { AppEnv } from '../types';

const webhooks = new Hono<AppEnv>();

// ok: missing-auth, unverified-webhook
webhooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY);
  const signature = c.req.header('stripe-signature') ?? '';
  const raw = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(raw, signature, c.env.STRIPE_WEBHOOK_SECRET, undefined, Stripe.createSubtleCryptoProvider());
  } catch {
    return c.text('bad signature', 400);
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await c.env.DB.prepare('UPDATE workspaces SET plan = ? WHERE stripe_customer_id = ?').bind(sub.items.data[0]?.price.lookup_key ?? 'free', String(sub.customer)).run();
  }
  return c.json({ received: true });
});

// the transcoder calls back when an episode's audio is ready
// expect: unverified-webhook
webhooks.post('/transcoder', async (c) => {
  const job = await c.req.json<{ episodeId: string; outputKey: string; state: string }>();
  if (job.state === 'completed') {
    await c.env.DB.prepare("UPDATE episodes SET audio_key = ?, status = 'ready' WHERE id = ?").bind(job.outputKey, job.episodeId).run();
  }
  return c.json({ ok: true });
});

export default webhooks;
