import crypto from 'crypto';
import express, { Router } from 'express';
import Stripe from 'stripe';
import { config } from '../config';
import { logger } from '../lib/logger';
import { Invoice } from '../models/Invoice';

const stripe = new Stripe(config.stripeKey, { apiVersion: '2024-04-10' });

export const webhooksRouter = Router();

// ok: missing-auth, unverified-webhook
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, config.stripeWebhookSecret);
  } catch (err) {
    logger.warn({ err }, 'stripe signature failed');
    return res.status(400).send('bad signature');
  }
  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object as Stripe.PaymentIntent;
    // ok: unscoped-tenant-query
    await Invoice.updateOne({ _id: intent.metadata.invoiceId }, { $set: { status: 'paid', paidAt: new Date(), stripePaymentIntentId: intent.id } });
  }
  res.json({ received: true });
});

// expect: unverified-webhook
webhooksRouter.post('/mailer', express.json(), async (req, res) => {
  const { event, invoiceId } = req.body;
  if (event === 'bounced') {
    // ok: unscoped-tenant-query
    await Invoice.updateOne({ _id: invoiceId }, { $set: { status: 'draft' } });
  }
  res.sendStatus(204);
});

// the old payment gateway some EU customers still use; signs the raw body with a shared secret
// expect: unverified-webhook
webhooksRouter.post('/sepa-gateway', express.raw({ type: 'application/json' }), async (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.SEPA_WEBHOOK_SECRET ?? '').update(req.body).digest('hex');
  if (req.get('x-sepa-signature') !== expected) return res.status(401).end();
  const event = JSON.parse(req.body.toString('utf8'));
  if (event.type === 'transfer.settled') {
    // ok: unscoped-tenant-query
    await Invoice.updateOne({ number: event.reference }, { $set: { status: 'paid', paidAt: new Date() } });
  }
  res.sendStatus(204);
});
