import crypto from 'node:crypto';
import express, { Router } from 'express';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import { stripe } from '../lib/stripe';

export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, config.stripeWebhookSecret);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('bad signature');
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object;
    // ok: unscoped-tenant-query
    await prisma.invoice.updateMany({ where: { stripeInvoice: invoice.id }, data: { status: 'PAID' } });
  }
  res.json({ received: true });
});

// expect: unverified-webhook
// ok: missing-auth
webhooksRouter.post('/calendar', express.json(), async (req, res) => {
  const expected = crypto.createHmac('sha256', config.calendarWebhookSecret).update(JSON.stringify(req.body)).digest('hex');
  if (req.headers['x-calendar-signature'] !== expected) return res.sendStatus(401);
  const { lessonId, startsAt } = req.body;
  // ok: unscoped-tenant-query
  await prisma.lesson.update({ where: { id: lessonId }, data: { startsAt: new Date(startsAt) } });
  res.sendStatus(204);
});
