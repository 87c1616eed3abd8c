import crypto from 'node:crypto';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { db } from '../db/index.js';

interface TelematicsPing {
  deviceId: string;
  lat: number;
  lng: number;
  odometerKm: number;
}

interface FuelCardEvent {
  companyCode: string;
  cardNumber: string;
  litres: number;
  amountCents: number;
  station: string;
}

function hmacHex(secret: string, payload: Buffer): string {
  return crypto.createHmac('sha256', secret).update(payload).digest('hex');
}

function signatureOf(request: FastifyRequest, header: string): string {
  const value = request.headers[header];
  return Array.isArray(value) ? value[0] : value ?? '';
}

const webhookRoutes: FastifyPluginAsync = async (fastify) => {
  // Providers sign the exact bytes, so keep the body raw in this scope.
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  // ok: unverified-webhook, missing-auth, missing-input-validation
  fastify.post('/telematics', async (request, reply) => {
    const raw = request.body as Buffer;
    const expected = Buffer.from(hmacHex(process.env.TELEMATICS_WEBHOOK_SECRET!, raw));
    const received = Buffer.from(signatureOf(request, 'x-telematics-signature'));
    if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) {
      return reply.code(401).send({ error: 'Bad signature' });
    }
    const pings = JSON.parse(raw.toString('utf8')) as TelematicsPing[];
    for (const ping of pings) {
      // ok: unscoped-tenant-query
      await db
        .updateTable('vehicles')
        .set({ last_lat: ping.lat, last_lng: ping.lng, odometer_km: ping.odometerKm })
        .where('telematics_device_id', '=', ping.deviceId)
        .execute();
    }
    return reply.code(204).send();
  });

  // expect: unverified-webhook
  fastify.post('/fuel-card', async (request, reply) => {
    const raw = request.body as Buffer;
    if (signatureOf(request, 'x-fuelcard-signature') !== hmacHex(process.env.FUELCARD_WEBHOOK_SECRET!, raw)) {
      return reply.code(401).send({ error: 'Bad signature' });
    }
    const event = JSON.parse(raw.toString('utf8')) as FuelCardEvent;
    const company = await db.selectFrom('companies').select('id').where('code', '=', event.companyCode).executeTakeFirst();
    if (!company) return reply.code(202).send();
    // ok: unscoped-tenant-query
    await db
      .insertInto('fuel_transactions')
      .values({ company_id: company.id, card_number: event.cardNumber, litres: event.litres, amount_cents: event.amountCents, station: event.station })
      .execute();
    return reply.code(204).send();
  });
};

export default webhookRoutes;
