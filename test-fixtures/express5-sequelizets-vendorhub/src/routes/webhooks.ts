import express, { Router } from 'express';
import Stripe from 'stripe';
import { config } from '../config.js';
import { Organization, Vendor } from '../models/index.js';
import { logger } from '../logger.js';

const stripe = new Stripe(config.stripeSecretKey);

export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, config.stripeWebhookSecret);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await Organization.update({ plan: sub.items.data[0]?.price.lookup_key ?? 'trial' }, { where: { id: sub.metadata.organizationId } });
  }
  res.json({ received: true });
});

// expect: unverified-webhook
webhooksRouter.post('/compliance', express.json(), async (req, res) => {
  const { vendorTaxId, status } = req.body;
  logger.info({ vendorTaxId, status }, 'compliance screening result');
  await Vendor.update({ status: status === 'cleared' ? 'approved' : 'blocked' }, { where: { taxId: vendorTaxId } });
  res.sendStatus(204);
});
