import express, { Router } from 'express';
import Stripe from 'stripe';
import { config } from '../config.js';
import { documents, orgs, purchaseOrders } from '../db/data-source.js';
import { logger } from '../lib/logger.js';

const stripe = new Stripe(config.stripeSecretKey);

export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth, missing-input-validation
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, config.stripeWebhookSecret);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('invalid signature');
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await purchaseOrders().update({ stripeInvoiceId: invoice.id }, { status: 'paid' });
  }
  if (event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    await orgs().update({ stripeCustomerId: String(sub.customer) }, { billingStatus: 'canceled' });
  }
  res.json({ received: true });
});

// e-signature provider callback: "we will add HMAC later"
// expect: unverified-webhook
// ok: missing-auth, missing-input-validation
webhooksRouter.post('/esign', express.json(), async (req, res) => {
  const { event, data } = req.body;
  if (event === 'envelope-completed') {
    await documents().update({ envelopeId: data.envelopeId }, { signatureStatus: 'signed' });
  }
  res.sendStatus(200);
});
