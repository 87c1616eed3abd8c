import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, teams } from '@/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get('stripe-signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature!, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }

  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.deleted') {
    const sub = event.data.object as Stripe.Subscription;
    const plan = event.type === 'customer.subscription.deleted' ? 'free' : (sub.items.data[0]?.price.lookup_key ?? 'pro');
    // ok: unscoped-tenant-query
    await db.update(teams).set({ plan }).where(eq(teams.stripeCustomerId, String(sub.customer)));
  }
  return NextResponse.json({ received: true });
}
