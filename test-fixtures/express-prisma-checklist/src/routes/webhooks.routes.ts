import express, { Router } from 'express';
import crypto from 'node:crypto';
import Stripe from 'stripe';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../lib/prisma';

// Mounted in app.ts *before* express.json(): signature checks need the raw body.
const router = Router();

const stripe = new Stripe(config.stripeSecretKey, { apiVersion: '2024-06-20' });

const esignEventSchema = z.object({
  envelopeId: z.string().min(1),
  status: z.enum(['sent', 'completed', 'declined']),
});

const ESIGN_STATUS = {
  sent: 'SENT',
  completed: 'SIGNED',
  declined: 'DECLINED',
} as const;

// ok: unverified-webhook
// ok: missing-auth
router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  if (typeof signature !== 'string') {
    return res.status(400).send('Missing Stripe-Signature header');
  }

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, config.stripeWebhookSecret);
  } catch {
    return res.status(400).send('Invalid signature');
  }

  switch (event.type) {
    case 'invoice.paid': {
      const invoice = event.data.object as Stripe.Invoice;
      await prisma.invoice.updateMany({
        where: { stripeInvoiceId: invoice.id },
        data: { status: 'PAID', paidAt: new Date() },
      });
      break;
    }
    case 'customer.subscription.deleted': {
      const subscription = event.data.object as Stripe.Subscription;
      await prisma.agency.updateMany({
        where: { stripeCustomerId: String(subscription.customer) },
        data: { plan: 'canceled' },
      });
      break;
    }
    default:
      break;
  }

  return res.json({ received: true });
});

// Connect onboarding updates for agencies that collect payments through the portal.
// expect: unverified-webhook
router.post('/webhooks/stripe-connect', express.json(), async (req, res) => {
  const event = req.body;
  if (event?.type === 'account.updated') {
    const account = event.data.object;
    await prisma.agency.updateMany({
      where: { stripeConnectAccountId: account.id },
      data: { stripeConnectStatus: account.charges_enabled ? 'active' : 'restricted' },
    });
  }
  res.json({ received: true });
});

// E-signature provider: hex HMAC-SHA256 of the raw body in X-Esign-Signature.
// ok: unverified-webhook
// ok: missing-auth
router.post('/webhooks/esign', express.raw({ type: 'application/json' }), async (req, res) => {
  const received = Buffer.from(String(req.headers['x-esign-signature'] ?? ''), 'hex');
  const expected = crypto.createHmac('sha256', config.esignWebhookSecret).update(req.body).digest();
  if (received.length !== expected.length || !crypto.timingSafeEqual(received, expected)) {
    return res.status(401).send('Invalid signature');
  }

  const payload = esignEventSchema.parse(JSON.parse(req.body.toString('utf8')));
  await prisma.client.updateMany({
    where: { esignEnvelopeId: payload.envelopeId },
    data: { contractStatus: ESIGN_STATUS[payload.status] },
  });
  return res.json({ received: true });
});

// Bounce notifications from the transactional email provider.
// expect: unverified-webhook
router.post('/webhooks/email-bounces', express.json(), async (req, res) => {
  const { type, email } = req.body;
  if (type === 'bounce' && typeof email === 'string') {
    await prisma.user.updateMany({
      where: { email: email.toLowerCase() },
      data: { emailBounced: true },
    });
  }
  res.sendStatus(204);
});

export default router;
