import { Hono } from 'hono';
import Stripe from 'stripe';
import type { AppEnv } from '../types';

const webhooks = new Hono<AppEnv>();

// ok: unverified-webhook, missing-auth
webhooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY);
  const signature = c.req.header('stripe-signature') ?? '';
  const body = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(body, signature, c.env.STRIPE_WEBHOOK_SECRET, undefined, Stripe.createSubtleCryptoProvider());
  } catch {
    return c.text('bad signature', 400);
  }
  if (event.type === 'invoice.paid') {
    const paid = event.data.object as Stripe.Invoice;
    await c.env.DB.prepare("UPDATE invoices SET status = 'paid' WHERE number = ?").bind(paid.number).run();
  }
  return c.json({ received: true });
});

// Postmark inbound: a shared token in a header, compared with ===
// expect: unverified-webhook
webhooks.post('/postmark', async (c) => {
  if (c.req.header('x-postmark-token') !== c.env.POSTMARK_INBOUND_TOKEN) return c.text('forbidden', 403);
  const payload = await c.req.json<{ MessageID: string; RecordType: string }>();
  await c.env.DB.prepare('INSERT INTO email_events (id, message_id, kind, received_at) VALUES (?, ?, ?, ?)')
    .bind(crypto.randomUUID(), payload.MessageID, payload.RecordType, new Date().toISOString())
    .run();
  return c.json({ ok: true });
});

export default webhooks;
