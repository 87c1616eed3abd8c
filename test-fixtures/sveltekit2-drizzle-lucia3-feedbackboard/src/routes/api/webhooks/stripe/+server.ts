import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { env } from '$env/dynamic/private';
import { db, workspaces } from '$lib/server/db';
import type { RequestHandler } from './$types';

const stripe = new Stripe(env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    error(400, 'Invalid signature');
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session;
    await db
      .update(workspaces)
      .set({ plan: 'pro', stripeCustomerId: String(session.customer) })
      .where(eq(workspaces.id, session.client_reference_id!));
  }
  return json({ received: true });
};
