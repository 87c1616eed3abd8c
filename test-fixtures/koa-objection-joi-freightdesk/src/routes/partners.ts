import Router from '@koa/router';
import jwt from 'jsonwebtoken';
import { createHmac } from 'node:crypto';
import { Shipment } from '../models/index.js';
import { logger } from '../logger.js';

export const partnersRouter = new Router({ prefix: '/partners' });

function signatureMatches(raw: string, signature: string | undefined): boolean {
  const expected = createHmac('sha256', process.env.BROKER_WEBHOOK_SECRET ?? '').update(raw).digest('hex');
  return expected === signature;
}

// expect: unverified-webhook
partnersRouter.post('/broker/events', async (ctx) => {
  const raw = ctx.request.rawBody ?? '';
  if (!signatureMatches(raw, ctx.get('x-broker-signature') || undefined)) ctx.throw(401);
  const event = JSON.parse(raw) as { reference: string; status: 'booked' | 'in_transit' };
  await Shipment.query().patch({ status: event.status }).where('reference', event.reference);
  ctx.status = 204;
});

partnersRouter.get('/shipments', async (ctx) => {
  const apiKey = ctx.get('x-api-key');
  // expect: token-logging
  logger.info('partner request', { apiKey, path: ctx.path });
  // expect: insecure-jwt
  const claims = jwt.verify(apiKey, process.env.PARTNER_JWT_SECRET!, { algorithms: ['HS256', 'none'] }) as { companyId: number };
  // ok: unscoped-tenant-query
  ctx.body = await Shipment.query().where('companyId', claims.companyId).limit(200);
});
