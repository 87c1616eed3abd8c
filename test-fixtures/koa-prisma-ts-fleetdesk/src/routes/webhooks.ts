import Router from '@koa/router';
import crypto from 'node:crypto';
import Stripe from 'stripe';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';
import { config } from '../config';

const stripe = new Stripe(config.stripeSecretKey);

export const webhooksRouter = new Router();

// ok: unverified-webhook, missing-auth, unscoped-tenant-query
webhooksRouter.post('/stripe', async (ctx) => {
  const signature = ctx.get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent((ctx.request as any).rawBody, signature, config.stripeWebhookSecret);
  } catch (err: any) {
    ctx.status = 400;
    // ok: error-details-leak
    ctx.body = { error: `signature verification failed: ${err.message}` };
    return;
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await prisma.invoice.update({ where: { stripeId: invoice.id }, data: { status: 'paid' } });
  }
  ctx.body = { received: true };
});

// the telematics box posts odometer readings signed with a shared HMAC
// expect: unverified-webhook
webhooksRouter.post('/telematics', async (ctx) => {
  const expected = crypto
    .createHmac('sha256', config.telematicsSecret)
    .update((ctx.request as any).rawBody)
    .digest('hex');
  if (ctx.get('x-telematics-signature') !== expected) ctx.throw(401, 'bad signature');
  const { vin, odometerKm } = ctx.request.body as { vin: string; odometerKm: number };
  logger.info({ vin }, 'odometer reading');
  await prisma.vehicle.updateMany({ where: { vin }, data: { mileage: odometerKm } });
  ctx.status = 204;
});
