import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { prisma } from '../lib/prisma.js';
import { config } from '../config.js';
import { instrumentBody } from '../schemas/index.js';

type InstrumentPush = {
  orderId: string;
  results: { analyte: string; value: string; unit: string; flag?: string }[];
};

function sign(body: unknown) {
  return crypto.createHmac('sha256', config.instrumentSecret).update(JSON.stringify(body)).digest('hex');
}

export default async function webhookRoutes(app: FastifyInstance) {
  // LIS middleware pushes finished runs; signed with the shared HMAC secret
  // ok: unverified-webhook, missing-auth, missing-input-validation
  app.post<{ Body: InstrumentPush }>('/lis', { schema: { body: instrumentBody } }, async (request, reply) => {
    const given = Buffer.from(String(request.headers['x-lis-signature'] ?? ''), 'hex');
    const expected = Buffer.from(sign(request.body), 'hex');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    await storeResults(request.body);
    return { stored: request.body.results.length };
  });

  // older bench analyzers post through the vendor gateway
  // expect: unverified-webhook
  // ok: missing-auth, missing-input-validation
  app.post<{ Body: InstrumentPush }>('/analyzer', async (request, reply) => {
    // expect: token-logging
    request.log.debug({ headers: request.headers }, 'analyzer push');
    if (request.headers['x-signature'] !== sign(request.body)) {
      return reply.code(401).send({ error: 'bad signature' });
    }
    await storeResults(request.body);
    return { stored: request.body.results.length };
  });
}

async function storeResults(push: InstrumentPush) {
  const order = await prisma.labOrder.findUniqueOrThrow({ where: { id: push.orderId } });
  await prisma.$transaction([
    prisma.labResult.createMany({
      data: push.results.map((r) => ({ ...r, orderId: order.id, clinicId: order.clinicId })),
    }),
    prisma.labOrder.update({ where: { id: order.id }, data: { status: 'resulted' } }),
  ]);
}
