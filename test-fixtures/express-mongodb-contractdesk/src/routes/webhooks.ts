import express, { Router } from 'express';
import type Stripe from 'stripe';
import { ObjectId } from 'mongodb';
import { config } from '../config.js';
import { collections } from '../db.js';
import { stripe } from '../lib/stripe.js';
import { logger } from '../lib/logger.js';

export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, config.stripeWebhookSecret);
  } catch {
    return res.status(400).send('invalid signature');
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await collections.orgs().updateOne(
      { _id: new ObjectId(session.client_reference_id!) },
      { $set: { plan: 'business', stripeCustomerId: session.customer } },
    );
  }
  res.json({ received: true });
});

// expect: unverified-webhook
// ok: missing-auth
webhooksRouter.post('/docusign', express.json(), async (req, res) => {
  const envelope = req.body?.data?.envelopeSummary;
  if (req.body.event === 'envelope-completed' && envelope) {
    await collections.contracts().updateOne(
      { envelopeId: envelope.envelopeId },
      { $set: { status: 'signed', signedAt: new Date() } },
    );
  }
  logger.info({ event: req.body.event }, 'docusign event processed');
  res.sendStatus(200);
});
