import type { FastifyPluginAsync } from 'fastify';
import crypto from 'node:crypto';
import { pool } from '../lib/db.js';

function validSignature(raw: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = crypto.createHmac('sha256', process.env.LAB_WEBHOOK_SECRET!).update(raw).digest();
  const given = Buffer.from(header, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const labRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

  // Results pushed by the partner lab.
  // ok: unverified-webhook
  fastify.post('/webhooks/results', async (request, reply) => {
    const raw = request.body as string;
    if (!validSignature(raw, request.headers['x-lab-signature'] as string | undefined)) {
      return reply.code(401).send({ error: 'Bad signature' });
    }
    const result = JSON.parse(raw);
    await pool.query('UPDATE lab_orders SET status = $1, result_url = $2 WHERE external_id = $3', [result.status, result.url, result.orderId]);
    return { ok: true };
  });

  // Analysers on the ward post readings with their device token.
  // expect: missing-input-validation
  fastify.post('/readings', async (request, reply) => {
    try {
      await request.deviceVerify();
    } catch {
      return reply.code(401).send({ error: 'Unknown device' });
    }
    const reading = JSON.parse(request.body as string);
    const device = request.user as { deviceId: string; clinicId: string };
    await pool.query('INSERT INTO readings (device_id, clinic_id, value) VALUES ($1, $2, $3)', [device.deviceId, device.clinicId, reading.value]);
    return { ok: true };
  });
};

export default labRoutes;
