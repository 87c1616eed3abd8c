import { error, json } from '@sveltejs/kit';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { memberships } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

const stripe = new Stripe(env.STRIPE_SECRET_KEY);

// ok: unverified-webhook, missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature') ?? '', env.STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Invalid signature');
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    const membershipId = invoice.subscription_details?.metadata?.membershipId;
    if (membershipId) {
      await db
        .update(memberships)
        .set({ validUntil: new Date(invoice.period_end * 1000) })
        .where(eq(memberships.id, membershipId));
    }
  }
  return json({ received: true });
};
