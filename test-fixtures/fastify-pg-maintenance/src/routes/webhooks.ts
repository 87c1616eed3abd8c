import crypto from 'node:crypto';
import Stripe from 'stripe';
import type { FastifyPluginAsync } from 'fastify';
import { config } from '../config';

const stripe = new Stripe(config.stripeSecretKey);

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // Stripe and the resident portal sign the exact bytes they send
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  // ok: unverified-webhook, missing-auth
  fastify.post('/stripe', { config: { public: true } }, async (request, reply) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.body as Buffer, request.headers['stripe-signature'] as string, config.stripeWebhookSecret);
    } catch {
      return reply.code(400).send({ error: 'Bad signature' });
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await fastify.pg.query('UPDATE organizations SET plan = $1 WHERE stripe_customer_id = $2', [sub.metadata.plan, sub.customer]);
    }
    return { received: true };
  });

  // resident portal (a separate service) reports new requests; signed with a shared HMAC key
  // ok: missing-auth
  // expect: unverified-webhook
  fastify.post('/resident-portal', { config: { public: true } }, async (request, reply) => {
    const signature = request.headers['x-portal-signature'];
    const expected = crypto.createHmac('sha256', process.env.PORTAL_WEBHOOK_SECRET as string).update(request.body as Buffer).digest('hex');
    if (signature !== expected) return reply.code(401).send({ error: 'Bad signature' });
    const event = JSON.parse((request.body as Buffer).toString('utf8'));
    await fastify.pg.query('INSERT INTO work_orders (org_id, unit_id, title, description) VALUES ($1, $2, $3, $4)', [event.orgId, event.unitId, event.title, event.description]);
    return reply.code(202).send();
  });

  // ok: missing-auth, unverified-webhook
  fastify.post('/resident-portal/v2', { config: { public: true } }, async (request, reply) => {
    const given = Buffer.from(String(request.headers['x-portal-signature'] ?? ''), 'hex');
    const expected = crypto.createHmac('sha256', process.env.PORTAL_WEBHOOK_SECRET as string).update(request.body as Buffer).digest();
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return reply.code(401).send({ error: 'Bad signature' });
    const event = JSON.parse((request.body as Buffer).toString('utf8'));
    await fastify.pg.query('INSERT INTO work_orders (org_id, unit_id, title, description) VALUES ($1, $2, $3, $4)', [event.orgId, event.unitId, event.title, event.description]);
    return reply.code(202).send();
  });
};

export default webhookRoutes;
