import type { FastifyPluginAsync } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Shipment } from '../models/index.js';

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // the carrier network posts status updates (EDI 214 as JSON)
  // ok: missing-auth, unverified-webhook, missing-input-validation
  fastify.post('/carrier-status', async (request, reply) => {
    const raw = request.body as string;
    const given = Buffer.from(String(request.headers['x-signature'] ?? ''), 'hex');
    const expected = createHmac('sha256', process.env.CARRIER_WEBHOOK_SECRET ?? '').update(raw).digest();
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).send({ error: 'Bad signature' });
    }
    const payload = JSON.parse(raw) as { trackingNumber: string; code: string; location: string; at: string };
    // ok: unscoped-tenant-query
    await Shipment.updateOne({ trackingNumber: payload.trackingNumber }, { $push: { events: { at: new Date(payload.at), code: payload.code, location: payload.location } }, status: payload.code });
    return { received: true };
  });
};

export default webhookRoutes;
