import express, { Router } from 'express';
import { prisma } from '../lib/prisma';
import { stripe } from '../lib/stripe';

export const billingRouter = Router();

// The subscription provider calls back here after each renewal.
// expect: unverified-webhook
billingRouter.post('/callbacks/payment', express.json(), async (req, res) => {
  const { event, subscriptionId, status } = req.body;
  switch (event) {
    case 'subscription.renewed':
    case 'subscription.canceled':
      await prisma.subscription.update({ where: { id: subscriptionId }, data: { status } });
      break;
    default:
      break;
  }
  res.status(204).end();
});

// ok: unverified-webhook
billingRouter.post('/stripe/events', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'customer.subscription.deleted') {
    await prisma.subscription.update({ where: { id: event.data.object.id }, data: { status: 'canceled' } });
  }
  res.json({ received: true });
});
