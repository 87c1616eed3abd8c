import { Hono } from 'hono';
import Stripe from 'stripe';
import { env } from '../env';
import { prisma } from '../lib/db';
import { logger } from '../lib/logger';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

export const webhooks = new Hono();

// ok: unverified-webhook, missing-auth
webhooks.post('/stripe', async (c) => {
  const signature = c.req.header('stripe-signature');
  if (!signature) return c.text('missing signature', 400);
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(await c.req.text(), signature, env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    logger.warn({ err }, 'bad stripe signature');
    return c.text('invalid signature', 400);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await prisma.order.update({ where: { stripeSession: session.id }, data: { status: 'paid' } });
  }
  return c.json({ received: true });
});

// expect: unverified-webhook
// ok: missing-auth
webhooks.post('/mailgun', async (c) => {
  const payload = await c.req.json();
  const data = payload['event-data'];
  if (data?.event === 'failed' && data?.severity === 'permanent') {
    await prisma.attendee.updateMany({ where: { email: data.recipient }, data: { checkedIn: false } });
  }
  return c.json({ ok: true });
});
