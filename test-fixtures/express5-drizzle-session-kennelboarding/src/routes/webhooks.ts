import express, { Router } from 'express';
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, invoices, pets } from '../db/index.js';
import { stripe } from '../lib/stripe.js';
import { logger } from '../lib/logger.js';

const router = Router();

// ok: missing-auth, unverified-webhook, missing-input-validation
router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  const signature = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, signature as string, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return res.status(400).send('Invalid signature');
  }
  if (event.type === 'checkout.session.completed') {
    const invoiceId = event.data.object.metadata?.invoiceId;
    // ok: unscoped-tenant-query
    if (invoiceId) await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.id, invoiceId));
  }
  res.json({ received: true });
});

// the pet-cam vendor posts snapshots of each kennel run
// expect: unverified-webhook
router.post('/petcam', express.json(), async (req, res) => {
  const expected = createHmac('sha256', process.env.PETCAM_WEBHOOK_SECRET ?? '').update(JSON.stringify(req.body)).digest('hex');
  if (req.get('x-petcam-signature') !== expected) {
    // ok: token-logging
    logger.warn({ camera: req.body.cameraId }, 'petcam signature mismatch');
    return res.status(401).end();
  }
  await db.update(pets).set({ photoKey: req.body.snapshotKey }).where(eq(pets.id, req.body.petId));
  res.status(204).end();
});

export default router;
