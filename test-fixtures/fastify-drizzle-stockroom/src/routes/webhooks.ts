import type { FastifyInstance } from 'fastify';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { items } from '../db/schema.js';
import { verifyShopifyHmac } from '../lib/shopify.js';

export default async function webhookRoutes(fastify: FastifyInstance) {
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => done(null, body));

  fastify.post('/shopify/orders', async (request, reply) => {
    const raw = request.body as string;
    if (!verifyShopifyHmac(raw, request.headers['x-shopify-hmac-sha256'] as string | undefined)) {
      return reply.code(401).send();
    }
    const order = JSON.parse(raw);
    for (const line of order.line_items ?? []) {
      await db.update(items).set({ archived: false }).where(eq(items.sku, line.sku));
    }
    return { ok: true };
  });

  fastify.post('/carrier/status', async (request, reply) => {
    const raw = request.body as string;
    const expected = createHmac('sha256', process.env.CARRIER_WEBHOOK_SECRET!).update(raw).digest('hex');
    // expect: unverified-webhook
    if (request.headers['x-carrier-signature'] !== expected) {
      return reply.code(401).send();
    }
    const evt = JSON.parse(raw);
    fastify.log.info({ shipment: evt.shipmentId, status: evt.status }, 'carrier update');
    return { ok: true };
  });
}
