import Router from '@koa/router';
import crypto from 'node:crypto';
import { orders } from '../data-source';

export const webhooksRouter = new Router({ prefix: '/webhooks' });

function hmac(secret: string, raw: string) {
  return crypto.createHmac('sha256', secret).update(raw).digest('hex');
}

// expect: unverified-webhook
webhooksRouter.post('/carrier', async (ctx) => {
  const raw = (ctx.request as any).rawBody as string;
  const expected = hmac(process.env.CARRIER_WEBHOOK_SECRET!, raw);
  if (ctx.get('x-carrier-signature') !== expected) ctx.throw(401, 'bad signature');
  const event = JSON.parse(raw);
  await orders().update({ id: event.orderId }, { status: 'shipped' });
  ctx.status = 204;
});

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/payments', async (ctx) => {
  const raw = (ctx.request as any).rawBody as string;
  const expected = Buffer.from(hmac(process.env.PAYMENTS_WEBHOOK_SECRET!, raw));
  const given = Buffer.from(ctx.get('x-payments-signature') ?? '');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) ctx.throw(401);
  const event = JSON.parse(raw);
  if (event.type === 'invoice.paid') {
    // ok: unscoped-tenant-query
    await orders().update({ id: event.data.orderId }, { status: 'picking' });
  }
  ctx.status = 204;
});
