import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';
import { config } from '../lib/config.js';

const stripe = new Stripe(config.stripeSecretKey);

const webhookRoutes: FastifyPluginAsync = async (app) => {
  // Stripe needs the exact bytes it signed
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  // ok: missing-auth, unverified-webhook
  app.post('/stripe', async (request, reply) => {
    const signature = request.headers['stripe-signature'] as string;
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.body as Buffer, signature, config.stripeWebhookSecret);
    } catch {
      return reply.code(400).send({ error: 'Invalid signature' });
    }
    if (event.type === 'payment_intent.succeeded') {
      const intent = event.data.object as Stripe.PaymentIntent;
      await app.prisma.payment.updateMany({
        where: { providerRef: intent.id },
        data: { status: 'succeeded' },
      });
    }
    return { received: true };
  });

  // e-signature provider: lease signed / declined notifications
  // expect: unverified-webhook
  app.post('/esign', async (request) => {
    const event = JSON.parse((request.body as Buffer).toString('utf8')) as {
      event: 'envelope.completed' | 'envelope.declined';
      metadata: { leaseId: string };
    };
    await app.prisma.lease.update({
      where: { id: event.metadata.leaseId },
      data: { status: event.event === 'envelope.completed' ? 'active' : 'declined' },
    });
    return { received: true };
  });
};

export default webhookRoutes;
