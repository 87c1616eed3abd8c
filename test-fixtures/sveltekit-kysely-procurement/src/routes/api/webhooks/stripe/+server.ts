import { error, json } from '@sveltejs/kit';
import Stripe from 'stripe';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const signature = request.headers.get('stripe-signature');
  if (!signature) error(400, 'Missing signature');
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(await request.text(), signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Invalid signature');
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await db.updateTable('organizations').set({ plan: 'pro', stripe_customer_id: String(session.customer) }).where('id', '=', String(session.client_reference_id)).execute();
  }
  return json({ received: true });
};
