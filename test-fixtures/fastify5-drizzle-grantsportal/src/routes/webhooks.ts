import type { FastifyPluginAsync } from 'fastify';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, payouts, signatureEnvelopes, applications } from '../db';
import { stripe } from '../lib/payments';
import { verifyHmacSignature } from '../lib/signature';

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // keep the raw bytes: every provider signs the body as sent
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  // ok: unverified-webhook, missing-auth
  fastify.post('/stripe', async (request, reply) => {
    let event;
    try {
      event = stripe.webhooks.constructEvent(
        request.body as Buffer,
        request.headers['stripe-signature'] as string,
        process.env.STRIPE_WEBHOOK_SECRET!,
      );
    } catch {
      return reply.code(400).send({ error: 'bad_signature' });
    }
    if (event.type === 'transfer.reversed') {
      const transfer = event.data.object;
      await db.update(payouts).set({ status: 'reversed' }).where(eq(payouts.providerRef, transfer.id));
    }
    return { received: true };
  });

  // ok: unverified-webhook, missing-auth
  fastify.post('/bank-payouts', async (request, reply) => {
    const raw = request.body as Buffer;
    const signature = request.headers['x-moneyrail-signature'] as string | undefined;
    if (!verifyHmacSignature(raw, signature, process.env.MONEYRAIL_WEBHOOK_SECRET!)) {
      // expect: token-logging
      request.log.warn({ headers: request.headers }, 'bank payout webhook rejected');
      return reply.code(401).send({ error: 'bad_signature' });
    }
    const payload = JSON.parse(raw.toString('utf8')) as { reference: string; state: 'settled' | 'failed' };
    await db.update(payouts).set({ status: payload.state }).where(eq(payouts.providerRef, payload.reference));
    return { received: true };
  });

  // expect: unverified-webhook
  fastify.post('/esign', async (request, reply) => {
    const raw = request.body as Buffer;
    const expected = createHmac('sha256', process.env.ESIGN_WEBHOOK_SECRET!).update(raw).digest('base64');
    if (request.headers['x-esign-signature'] !== expected) {
      return reply.code(401).send({ error: 'bad_signature' });
    }
    const payload = JSON.parse(raw.toString('utf8')) as { envelopeId: string; status: string };
    const [envelope] = await db
      .update(signatureEnvelopes)
      .set({ status: payload.status })
      .where(eq(signatureEnvelopes.envelopeId, payload.envelopeId))
      .returning();
    if (envelope && payload.status === 'completed') {
      await db.update(applications).set({ status: 'agreement_signed' }).where(eq(applications.id, envelope.applicationId));
    }
    return { received: true };
  });
};

export default webhookRoutes;
