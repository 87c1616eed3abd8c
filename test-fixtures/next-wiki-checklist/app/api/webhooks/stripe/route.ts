import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { db } from '@/lib/db';
import { planForPrice, stripe } from '@/lib/stripe';

// Subscription lifecycle events.
// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'Missing signature' }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_WEBHOOK_SECRET as string);
  } catch (err) {
    console.warn('stripe webhook signature verification failed', err);
    // ok: error-details-leak
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  switch (event.type) {
    case 'customer.subscription.created':
    case 'customer.subscription.updated': {
      const subscription = event.data.object;
      const active = subscription.status === 'active' || subscription.status === 'trialing';
      await db.team.updateMany({
        where: { stripeCustomerId: subscription.customer as string },
        data: {
          plan: active ? planForPrice(subscription.items.data[0]?.price.id) : 'free',
          stripeSubscriptionId: subscription.id,
        },
      });
      break;
    }
    case 'customer.subscription.deleted': {
      const subscription = event.data.object;
      await db.team.updateMany({
        where: { stripeCustomerId: subscription.customer as string },
        data: { plan: 'free', stripeSubscriptionId: null },
      });
      break;
    }
    default:
      break;
  }

  return NextResponse.json({ received: true });
}
