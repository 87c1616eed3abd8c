import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { STRIPE_WEBHOOK_SECRET } from '$env/static/private';
import { stripe } from '$lib/server/stripe';
import { db, organizations } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth, unverified-webhook, missing-input-validation
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, STRIPE_WEBHOOK_SECRET);
  } catch {
    error(400, 'Invalid signature');
  }

  if (event.type === 'customer.subscription.updated' || event.type === 'customer.subscription.created') {
    const sub = event.data.object;
    const plan = sub.items.data[0]?.price.lookup_key ?? 'free';
    // ok: unscoped-tenant-query
    await db.update(organizations).set({ plan }).where(eq(organizations.stripeCustomerId, String(sub.customer)));
  }
  return json({ received: true });
};
