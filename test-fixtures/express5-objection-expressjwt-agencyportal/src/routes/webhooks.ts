import express, { Router } from 'express';
import type Stripe from 'stripe';
import { stripe } from '../lib/stripe.js';
import { Invoice } from '../models/Invoice.js';
import { Document } from '../models/Document.js';
import { logger } from '../logger.js';

export const webhooksRouter = Router();

// ok: unverified-webhook
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('invalid signature');
  }
  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    // ok: unscoped-tenant-query
    await Invoice.query().patch({ status: 'paid' }).where('stripeInvoiceId', inv.id!);
  }
  res.json({ received: true });
});

// e-signature provider posts envelope status here
// expect: unverified-webhook
webhooksRouter.post('/esign', express.json(), async (req, res) => {
  // expect: token-logging
  logger.debug({ headers: req.headers }, 'esign callback');
  if (req.body.status === 'completed') {
    // ok: unscoped-tenant-query
    await Document.query().patch({ signed: true }).where('envelopeId', String(req.body.envelopeId));
  }
  res.sendStatus(200);
});
