import { json, type ActionFunctionArgs } from '@remix-run/node';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, request.headers.get('stripe-signature') ?? '', process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return json({ error: 'invalid signature' }, { status: 400 });
  }
  if (event.type === 'customer.subscription.created' || event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription;
    // ok: unscoped-tenant-query
    await db
      .update(schema.teams)
      .set({ plan: sub.items.data[0]?.price.lookup_key ?? 'hobby' })
      .where(eq(schema.teams.stripeCustomerId, String(sub.customer)));
  }
  return json({ received: true });
}
