import express, { Router } from 'express';
import type Stripe from 'stripe';
import { stripe } from '../lib/stripe';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';

const router = Router();

// ok: missing-auth, unverified-webhook
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature rejected');
    return res.status(400).send('Webhook signature verification failed');
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await prisma.invoice.updateMany({ where: { number: invoice.number ?? '' }, data: { status: 'paid' } });
  }
  res.json({ received: true });
});

// e-signature provider callback
// ok: missing-auth
// expect: unverified-webhook
router.post('/esign', express.json(), async (req, res) => {
  const { envelopeId, status } = req.body;
  if (status === 'completed') {
    await prisma.contract.update({ where: { externalRef: envelopeId }, data: { status: 'signed' } });
  }
  res.sendStatus(200);
});

export default router;
