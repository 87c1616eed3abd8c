import type { Request, Response } from 'express';
import Stripe from 'stripe';
import { createHmac } from 'node:crypto';
import { config } from '../config/index.js';
import { prisma } from '../lib/prisma.js';
import { logger } from '../lib/logger.js';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const webhookController = {
  async stripe(req: Request, res: Response) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.body, req.get('stripe-signature') ?? '', config.stripeWebhookSecret);
    } catch {
      return res.status(400).send('Invalid signature');
    }
    if (event.type === 'invoice.paid') {
      logger.info({ invoice: event.data.object.id }, 'subscription invoice paid');
    }
    res.json({ received: true });
  },

  /** Supplier portal pushes order status changes for reagent re-orders. */
  async supplier(req: Request, res: Response) {
    const expected = createHmac('sha256', config.supplierWebhookSecret).update(req.body).digest('hex');
    if (req.get('x-supplier-signature') !== expected) return res.status(401).end();
    const event = JSON.parse(req.body.toString('utf8')) as { orderId: string; status: string; quantity: number };
    if (event.status === 'delivered') {
      await prisma.reagent.updateMany({
        where: { supplierOrderId: event.orderId },
        data: { quantity: { increment: event.quantity } },
      });
    }
    res.json({ ok: true });
  },
};
