import type { FastifyPluginAsync } from 'fastify';
import Stripe from 'stripe';
import { Company } from '../models/Company.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

const billingRoutes: FastifyPluginAsync = async (fastify) => {
  // ok: unverified-webhook, missing-auth
  fastify.post('/stripe/webhook', { config: { rawBody: true } }, async (request, reply) => {
    const signature = request.headers['stripe-signature'] as string;
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(request.rawBody as Buffer, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      return reply.code(400).send({ error: 'bad signature' });
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object;
      await Company.updateOne({ _id: sub.metadata.companyId }, { plan: sub.metadata.plan });
    }
    return { received: true };
  });

  // ok: missing-auth
  fastify.post('/session/switch-company', { onRequest: [fastify.authenticate] }, async (request, reply) => {
    const token = fastify.jwt.sign({ sub: request.user.sub, company: request.user.company, role: request.user.role });
    // ok: insecure-cookie
    reply.setCookie('session', token, { path: '/', httpOnly: true, secure: 'auto', sameSite: 'lax' });
    return { ok: true };
  });
};

export default billingRoutes;
