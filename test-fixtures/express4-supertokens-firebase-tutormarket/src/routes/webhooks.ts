import express, { Router } from 'express';
import Stripe from 'stripe';
import { prisma } from '../lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-04-10' });
const router = Router();

// ok: unverified-webhook, missing-auth
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'payout.paid') {
    const p = event.data.object as Stripe.Payout;
    await prisma.payout.updateMany({ where: { providerRef: p.id }, data: { status: 'paid' } });
  }
  res.json({ received: true });
});

// The bank-transfer partner posts status changes here.
// expect: unverified-webhook
router.post('/payout-provider', express.json(), async (req, res) => {
  // expect: token-logging
  console.log('payout-provider webhook', req.headers, req.body);
  const { reference, status } = req.body as { reference: string; status: string };
  await prisma.payout.updateMany({ where: { providerRef: reference }, data: { status } });
  res.sendStatus(204);
});

export default router;
