import { Hono } from 'hono';
import Stripe from 'stripe';
import { prisma } from '../lib/prisma.js';
import { logger } from '../lib/logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

export const webhooks = new Hono();

// ok: unverified-webhook, missing-auth
webhooks.post('/stripe', async (c) => {
  const signature = c.req.header('stripe-signature');
  if (!signature) return c.json({ error: 'missing signature' }, 400);
  const payload = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature rejected');
    return c.json({ error: 'invalid signature' }, 400);
  }
  if (event.type === 'customer.subscription.deleted') {
    const sub = event.data.object;
    await prisma.organization.update({ where: { id: sub.metadata.organizationId }, data: { logo: null } });
  }
  return c.json({ received: true });
});

// expect: unverified-webhook
webhooks.post('/inbound-email', async (c) => {
  const mail = await c.req.json<{ To: string; From: string; TextBody: string; MailboxHash: string }>();
  const ticket = await prisma.ticket.findUnique({ where: { id: mail.MailboxHash } });
  if (!ticket) return c.json({ ignored: true });
  await prisma.reply.create({ data: { ticketId: ticket.id, organizationId: ticket.organizationId, body: mail.TextBody } });
  return c.json({ ok: true });
});
