import { NextRequest, NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db, organizations } from '@/lib/db';
import { stripe } from '@/lib/stripe';

// ok: unverified-webhook, missing-auth
export async function POST(req: NextRequest) {
  const payload = await req.text();
  const signature = req.headers.get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await db
      .update(organizations)
      .set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' })
      .where(eq(organizations.stripeCustomerId, sub.customer as string));
  }
  return NextResponse.json({ received: true });
}
