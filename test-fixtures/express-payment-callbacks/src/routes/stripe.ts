import express, { Router } from 'express';
import { prisma } from '../lib/prisma';

export const stripeRouter = Router();

// Stripe posts checkout and subscription events here. The signature header is read for the
// logs, but nothing checks it against the endpoint secret.
// expect: unverified-webhook
stripeRouter.post('/events', express.json(), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  console.info('stripe event', req.body.id, Boolean(signature));
  const event = req.body;
  if (event.type === 'checkout.session.completed') {
    await prisma.order.update({ where: { id: event.data.object.client_reference_id }, data: { status: 'paid', stripeSession: event.data.object.id } });
  }
  res.json({ received: true });
});
