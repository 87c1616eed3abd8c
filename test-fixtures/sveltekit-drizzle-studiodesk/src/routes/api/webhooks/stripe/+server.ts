import { error, json } from '@sveltejs/kit';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { invoices } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature') ?? '', env.STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Invalid signature');
  }
  if (event.type === 'checkout.session.completed') {
    const checkout = event.data.object as Stripe.Checkout.Session;
    await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.stripeCheckoutId, checkout.id));
  }
  return json({ received: true });
};
