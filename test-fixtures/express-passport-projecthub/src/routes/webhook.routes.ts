import express, { Router } from 'express';
import Stripe from 'stripe';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });
const router = Router();

// ok: missing-auth, unverified-webhook
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    logger.warn({ err }, 'stripe signature check failed');
    return res.status(400).send('invalid signature');
  }
  if (event.type === 'customer.deleted') {
    const customer = event.data.object as Stripe.Customer;
    // ok: unscoped-tenant-query
    await prisma.company.updateMany({ where: { id: customer.metadata.companyId }, data: { name: customer.name ?? 'deleted' } });
  }
  res.json({ received: true });
});

// the repo integration was added in a hurry: nothing checks X-Hub-Signature-256
// ok: missing-auth
// expect: unverified-webhook
router.post('/github', express.json(), async (req, res) => {
  if (req.body.action === 'closed' && req.body.pull_request?.merged) {
    const projectId = String(req.body.repository?.name ?? '');
    await prisma.project.updateMany({ where: { id: projectId }, data: { status: 'shipped' } });
  }
  res.sendStatus(204);
});

export default router;
