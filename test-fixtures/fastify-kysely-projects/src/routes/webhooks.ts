import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';
import { db } from '../db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const billingWebhooks: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, unverified-webhook
  fastify.post('/stripe', { config: { rawBody: true } }, async (request, reply) => {
    const signature = request.headers['stripe-signature'] as string;
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.rawBody as string, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      return reply.code(400).send({ error: 'Invalid signature' });
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await db.updateTable('organizations').set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' })
        .where('stripe_customer_id', '=', sub.customer as string)
        .execute();
    }
    return { received: true };
  });

  // the mailer posts bounces here; nothing proves the sender
  // expect: unverified-webhook
  fastify.post('/mailer', async (request) => {
    const { type, recipient } = request.body as { type: string; recipient: string };
    if (type === 'bounce') {
      await db.updateTable('users').set({ email_status: 'bounced' }).where('email', '=', recipient).execute();
    }
    return { ok: true };
  });
};

export default billingWebhooks;
