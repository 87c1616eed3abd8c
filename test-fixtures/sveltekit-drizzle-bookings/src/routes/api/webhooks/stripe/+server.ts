import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { db } from '$lib/server/db';
import { studios } from '$lib/server/db/schema';
import { stripe } from '$lib/server/stripe';
import type { RequestHandler } from './$types';

// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, STRIPE_WEBHOOK_SECRET);
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    await db.update(studios).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(studios.stripeCustomerId, String(sub.customer)));
  }
  return new Response(null, { status: 204 });
};
