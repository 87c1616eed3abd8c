import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { db } from '@/lib/db';
import { stripe } from '@/lib/stripe';

// Separate Stripe endpoint (its own signing secret) for Checkout completions.
// Links the new Stripe customer to the team that started checkout (see startCheckout).
// ok: missing-auth
// ok: unverified-webhook
export async function POST(req: Request) {
  const signature = req.headers.get('stripe-signature');
  if (!signature) return NextResponse.json({ error: 'Missing signature' }, { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await req.text(), signature, process.env.STRIPE_CHECKOUT_WEBHOOK_SECRET as string);
  } catch {
    // ok: error-details-leak
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  if (event.type === 'checkout.session.completed') {
    const checkout = event.data.object;
    if (checkout.client_reference_id && typeof checkout.customer === 'string') {
      await db.team.updateMany({
        where: { id: checkout.client_reference_id },
        data: { stripeCustomerId: checkout.customer },
      });
    }
  }

  return NextResponse.json({ received: true });
}
