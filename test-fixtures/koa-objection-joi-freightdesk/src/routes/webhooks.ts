import Router from '@koa/router';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { Shipment } from '../models/index.js';
import { logger } from '../logger.js';

export const webhooksRouter = new Router({ prefix: '/webhooks' });

function carrierSignatureValid(raw: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const digest = createHmac('sha256', process.env.CARRIER_WEBHOOK_SECRET ?? '').update(raw).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === digest.length && timingSafeEqual(given, digest);
}

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/carrier-tracking', async (ctx) => {
  const raw = ctx.request.rawBody ?? '';
  if (!carrierSignatureValid(raw, ctx.get('x-carrier-signature') || undefined)) ctx.throw(401);
  const event = JSON.parse(raw) as { reference: string; status: 'in_transit' | 'delivered' };
  await Shipment.query().patch({ status: event.status }).where('reference', event.reference);
  ctx.status = 204;
});

// expect: unverified-webhook
webhooksRouter.post('/customs', async (ctx) => {
  const event = ctx.request.body as { reference: string; cleared: boolean };
  logger.info('customs update', { reference: event.reference });
  await Shipment.query().patch({ status: event.cleared ? 'in_transit' : 'booked' }).where('reference', event.reference);
  ctx.status = 204;
});
