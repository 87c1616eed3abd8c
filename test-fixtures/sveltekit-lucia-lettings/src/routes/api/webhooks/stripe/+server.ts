import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { db, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: unverified-webhook, missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const signature = request.headers.get('stripe-signature') ?? '';
  let event;
  try {
    event = stripe.webhooks.constructEvent(await request.text(), signature, STRIPE_WEBHOOK_SECRET);
  } catch {
    return json({ error: 'invalid signature' }, { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    const leaseId = event.data.object.metadata?.leaseId;
    if (leaseId) await db.update(leases).set({ status: 'deposit_paid' }).where(eq(leases.id, leaseId));
  }
  return json({ received: true });
};
