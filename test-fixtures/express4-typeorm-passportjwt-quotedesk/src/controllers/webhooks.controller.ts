import crypto from 'crypto';
import { Request, Response } from 'express';
import Stripe from 'stripe';
import { AppDataSource } from '../data-source';
import { Organization } from '../entities/Organization';
import { Quote } from '../entities/Quote';
import { config } from '../config';
import { logger } from '../config/logger';

const stripe = new Stripe(config.stripeSecretKey, { apiVersion: '2024-04-10' });

export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, config.stripeWebhookSecret);
  } catch (err) {
    logger.warn('stripe signature rejected');
    return res.status(400).send('bad signature');
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await AppDataSource.getRepository(Organization).update(
      { stripeCustomerId: sub.customer as string },
      { plan: (sub.metadata.plan as Organization['plan']) ?? 'starter' },
    );
  }
  res.json({ received: true });
}

export async function esignWebhook(req: Request, res: Response) {
  const signature = req.header('x-esign-signature') ?? '';
  const expected = crypto.createHmac('sha256', config.esignWebhookSecret).update(req.body).digest('hex');
  if (signature !== expected) {
    return res.status(401).send('bad signature');
  }
  const payload = JSON.parse(req.body.toString('utf8')) as { event: string; quoteId: string };
  if (payload.event === 'envelope.completed') {
    await AppDataSource.getRepository(Quote).update({ id: payload.quoteId }, { status: 'accepted' });
  }
  res.sendStatus(204);
}
