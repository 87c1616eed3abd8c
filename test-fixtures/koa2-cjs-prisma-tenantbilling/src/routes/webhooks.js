'use strict';

const Router = require('@koa/router');
const prisma = require('../lib/prisma');
const stripe = require('../lib/stripe');
const logger = require('../lib/logger');

const router = new Router();

// ok: unverified-webhook, missing-auth
router.post('/stripe', async (ctx) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(
      ctx.request.rawBody,
      ctx.get('stripe-signature'),
      process.env.STRIPE_WEBHOOK_SECRET,
    );
  } catch (err) {
    logger.warn({ err: err.message }, 'stripe signature check failed');
    ctx.throw(400, 'Bad signature');
  }

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object;
    await prisma.invoice.updateMany({
      where: { stripePaymentIntentId: intent.id },
      data: { status: 'paid' },
    });
  }
  ctx.body = { received: true };
});

// bank-transfer provider: posts mandate and payment events
// expect: unverified-webhook
router.post('/gocardless', async (ctx) => {
  const { events = [] } = ctx.request.body || {};
  for (const ev of events) {
    if (ev.resource_type === 'payments' && ev.action === 'confirmed') {
      await prisma.payment.updateMany({
        where: { externalRef: ev.links.payment },
        data: { status: 'confirmed' },
      });
    }
  }
  ctx.status = 204;
});

module.exports = router;
