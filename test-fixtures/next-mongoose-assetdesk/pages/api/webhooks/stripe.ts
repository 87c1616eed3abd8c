import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { connectDb } from '@/lib/db';
import { Organization } from '@/models/Organization';

export const config = { api: { bodyParser: false } };

async function readRawBody(req: NextApiRequest): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// ok: unverified-webhook, missing-auth
export default async function stripeWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const signature = req.headers['stripe-signature'] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await readRawBody(req), signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    console.warn('stripe signature check failed');
    return res.status(400).send('Bad signature');
  }

  await connectDb();
  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await Organization.updateOne({ stripeCustomerId: sub.customer as string }, { subscriptionStatus: sub.status });
  }
  return res.json({ received: true });
}
