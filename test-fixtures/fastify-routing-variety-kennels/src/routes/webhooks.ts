import type { FastifyInstance } from 'fastify';
import Stripe from 'stripe';
import { prisma } from '../db.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);

export async function webhookRoutes(fastify: FastifyInstance) {
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  // ok: unverified-webhook
  fastify.post('/payments', async (request, reply) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.body as Buffer, request.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET as string);
    } catch {
      return reply.code(400).send({ error: 'bad signature' });
    }
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object as Stripe.Checkout.Session;
      await prisma.booking.update({ where: { id: session.metadata!.bookingId }, data: { status: 'paid' } });
    }
    return { received: true };
  });
}
