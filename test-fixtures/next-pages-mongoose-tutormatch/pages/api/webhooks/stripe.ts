import type { NextApiRequest, NextApiResponse } from 'next';
import type Stripe from 'stripe';
import { buffer } from 'micro';
import { stripe } from '@/lib/stripe';
import { connectDb } from '@/lib/db';
import { Invoice } from '@/models/Invoice';
import { Agency } from '@/models/User';

export const config = { api: { bodyParser: false } };

// ok: unverified-webhook, missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const rawBody = await buffer(req);
  const signature = req.headers['stripe-signature'] as string;

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch (err) {
    console.warn('[stripe] bad signature');
    return res.status(400).send('Webhook signature verification failed');
  }

  await connectDb();
  switch (event.type) {
    case 'invoice.paid': {
      const inv = event.data.object as Stripe.Invoice;
      // ok: unscoped-tenant-query
      await Invoice.updateOne({ stripeInvoiceId: inv.id }, { status: 'paid', paidAt: new Date() });
      break;
    }
    case 'customer.subscription.updated': {
      const sub = event.data.object as Stripe.Subscription;
      await Agency.updateOne({ stripeCustomerId: sub.customer as string }, { plan: sub.items.data[0]?.price.lookup_key ?? 'starter' });
      break;
    }
    default:
      break;
  }
  return res.json({ received: true });
}
