import type { FastifyPluginAsync } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { prisma } from '../lib/prisma.js';

function validSignature(raw: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', process.env.PAYMENTS_WEBHOOK_SECRET!).update(raw).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // ok: unverified-webhook
  // ok: missing-auth
  fastify.post('/payments', async (request, reply) => {
    const raw = request.body as string;
    if (!validSignature(raw, request.headers['x-pay-signature'] as string | undefined)) {
      return reply.code(400).send({ error: 'bad signature' });
    }
    const event = JSON.parse(raw) as { rentalId: string; status: string };
    await prisma.rental.updateMany({ where: { id: event.rentalId }, data: { status: event.status === 'paid' ? 'paid' : 'payment_failed' } });
    return { received: true };
  });

  // expect: unverified-webhook
  // ok: missing-auth
  fastify.post('/telematics-alerts', async (request, reply) => {
    const raw = request.body as string;
    const signature = request.headers['x-telematics-signature'];
    const expected = createHmac('sha256', process.env.TELEMATICS_SHARED_SECRET!).update(raw).digest('hex');
    if (signature !== expected) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    const alert = JSON.parse(raw) as { vehicleId: string; lat: number; lng: number };
    await prisma.vehicle.updateMany({ where: { id: alert.vehicleId }, data: { lat: alert.lat, lng: alert.lng } });
    return { received: true };
  });
};

export default webhookRoutes;
