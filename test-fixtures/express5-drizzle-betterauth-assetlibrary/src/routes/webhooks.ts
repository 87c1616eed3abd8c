import { eq } from 'drizzle-orm';
import express, { Router } from 'express';
import crypto from 'node:crypto';
import Stripe from 'stripe';
import { db } from '../db/index.js';
import { assets, workspaces } from '../db/schema.js';
import { logger } from '../lib/logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export const webhooksRouter = Router();

// ok: unverified-webhook, missing-auth
webhooksRouter.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return res.status(400).send('bad signature');
  }
  if (event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    logger.info({ workspaceId: sub.metadata.workspaceId }, 'subscription ended');
  }
  res.json({ received: true });
});

// the video transcoder calls back when renditions are ready
// expect: unverified-webhook
webhooksRouter.post('/transcoder', express.raw({ type: 'application/json' }), async (req, res) => {
  const expected = crypto.createHmac('sha256', process.env.TRANSCODER_SECRET!).update(req.body).digest('hex');
  if (req.get('x-transcoder-signature') !== expected) return res.sendStatus(401);
  const payload = JSON.parse(req.body.toString('utf8')) as { assetId: string; status: string; outputKey: string };
  if (payload.status === 'complete') {
    await db.update(assets).set({ storageKey: payload.outputKey, mimeType: 'video/mp4' }).where(eq(assets.id, payload.assetId));
  }
  res.sendStatus(204);
});
