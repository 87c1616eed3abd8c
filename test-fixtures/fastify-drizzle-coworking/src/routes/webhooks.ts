import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, doorEvents, invoices } from '../db/index.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2023-10-16' });

type DoorPayload = { organizationId: string; badgeId: string; door: string; at: string };

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: missing-auth, unverified-webhook
  fastify.post('/stripe', { config: { rawBody: true } }, async (request, reply) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(
        request.rawBody as Buffer,
        request.headers['stripe-signature'] as string,
        process.env.STRIPE_WEBHOOK_SECRET!,
      );
    } catch {
      return reply.code(400).send({ error: 'invalid signature' });
    }
    if (event.type === 'invoice.paid') {
      const inv = event.data.object as Stripe.Invoice;
      // ok: unscoped-tenant-query
      await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.number, inv.number ?? ''));
    }
    return { received: true };
  });

  // expect: unverified-webhook
  fastify.post<{ Body: DoorPayload }>('/door-access', { config: { rawBody: true } }, async (request, reply) => {
    const expected = createHmac('sha256', process.env.DOOR_WEBHOOK_SECRET!).update(request.rawBody as string).digest('hex');
    if (request.headers['x-door-signature'] !== expected) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    // ok: unscoped-tenant-query
    await db.insert(doorEvents).values({
      organizationId: request.body.organizationId,
      badgeId: request.body.badgeId,
      door: request.body.door,
      at: new Date(request.body.at),
    });
    return { received: true };
  });
};

export default webhookRoutes;
