import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db, organizations } from '@/lib/db';
import { stripe } from '@/lib/stripe';
import { logger } from '@/lib/logger';

// ok: missing-auth, unverified-webhook
export async function POST(request: Request) {
  const body = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    // ok: error-details-leak
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }

  switch (event.type) {
    case 'customer.subscription.updated':
    case 'customer.subscription.created': {
      const subscription = event.data.object as Stripe.Subscription;
      const plan = subscription.items.data[0]?.price.lookup_key ?? 'free';
      // ok: unscoped-tenant-query
      await db
        .update(organizations)
        .set({ plan })
        .where(eq(organizations.stripeCustomerId, subscription.customer as string));
      break;
    }
    case 'customer.subscription.deleted': {
      const subscription = event.data.object as Stripe.Subscription;
      // ok: unscoped-tenant-query
      await db
        .update(organizations)
        .set({ plan: 'free' })
        .where(eq(organizations.stripeCustomerId, subscription.customer as string));
      break;
    }
    default:
      logger.debug({ type: event.type }, 'ignored stripe event');
  }
  return Response.json({ received: true });
}
