import type { NextApiRequest, NextApiResponse } from 'next';
import { buffer } from 'micro';
import Stripe from 'stripe';
import { prisma } from '../../../lib/prisma';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-04-10' });

export const config = { api: { bodyParser: false } };

// ok: missing-auth, unverified-webhook
export default async function stripeWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const sig = req.headers['stripe-signature'] as string;
  let event;
  try {
    event = stripe.webhooks.constructEvent(await buffer(req), sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return res.status(400).send('Bad signature');
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object;
    await prisma.team.updateMany({
      where: { stripeCustomerId: String(sub.customer) },
      data: { plan: sub.status === 'active' ? 'pro' : 'free' },
    });
  }
  res.json({ received: true });
}
