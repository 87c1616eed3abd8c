import { error, json } from '@sveltejs/kit';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
// ok: public-env-secret
import { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { db, invoices } from '$lib/server/db';
import type { RequestHandler } from './$types';

const stripe = new Stripe(STRIPE_SECRET_KEY);

// ok: unverified-webhook, missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature') ?? '', STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Invalid signature');
  }
  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.stripeInvoiceId, inv.id));
  }
  return json({ received: true });
};
