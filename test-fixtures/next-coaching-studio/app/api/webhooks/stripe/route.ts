import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { prisma } from '@/lib/db';
import { stripe } from '@/lib/stripe';

// ok: missing-auth, unverified-webhook
export async function POST(req: Request) {
  const body = await req.text();
  const signature = headers().get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ok: error-details-leak
    return NextResponse.json({ error: `Webhook signature verification failed: ${(err as Error).message}` }, { status: 400 });
  }

  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.created') {
    const sub = event.data.object as Stripe.Subscription;
    await prisma.studio.update({
      where: { stripeCustomerId: String(sub.customer) },
      data: { plan: sub.items.data[0]?.price.lookup_key ?? 'starter' },
    });
  }
  return NextResponse.json({ received: true });
}
