import express, { Router } from 'express';
import Stripe from 'stripe';
import { pool } from '../lib/db';

export const webhooksRouter = Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    await pool.query('UPDATE agencies SET plan_status = ? WHERE stripe_customer_id = ?', ['active', invoice.customer]);
  }
  res.json({ received: true });
});

// expect: unverified-webhook
webhooksRouter.post('/docusign', express.json(), async (req, res) => {
  const { envelopeId, status } = req.body;
  await pool.query('UPDATE leases SET signature_status = ? WHERE envelope_id = ?', [status, envelopeId]);
  res.sendStatus(200);
});
