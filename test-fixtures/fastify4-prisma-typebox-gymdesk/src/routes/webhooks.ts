import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, unverified-webhook
  fastify.post('/stripe', { config: { rawBody: true } }, async (request, reply) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.rawBody as string, request.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      return reply.code(400).send({ error: 'invalid signature' });
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await fastify.prisma.account.update({ where: { stripeCustomerId: String(sub.customer) }, data: { plan: sub.status === 'active' ? 'pro' : 'basic' } });
    }
    return { received: true };
  });

  // direct-debit provider posts payment status changes
  // ok: missing-auth
  // expect: unverified-webhook
  fastify.post('/payments', async (request) => {
    const { events } = request.body as { events: Array<{ action: string; links: { payment: string } }> };
    for (const event of events) {
      if (event.action === 'confirmed' || event.action === 'failed') {
        await fastify.prisma.payment.update({ where: { externalId: event.links.payment }, data: { status: event.action } });
      }
    }
    return { ok: true };
  });
};

export default webhookRoutes;
