import { createFileRoute } from '@tanstack/react-router';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { organizations } from '../../../db/schema';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const Route = createFileRoute('/api/webhooks/stripe')({
  server: {
    handlers: {
      // ok: unverified-webhook, missing-auth
      POST: async ({ request }) => {
        const signature = request.headers.get('stripe-signature') ?? '';
        const event = stripe.webhooks.constructEvent(await request.text(), signature, process.env.STRIPE_WEBHOOK_SECRET!);
        if (event.type === 'customer.subscription.updated') {
          const sub = event.data.object as Stripe.Subscription;
          // ok: unscoped-tenant-query
          await db.update(organizations).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(organizations.id, sub.metadata.organizationId));
        }
        return new Response(null, { status: 204 });
      },
    },
  },
});
