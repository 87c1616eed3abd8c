import { createFileRoute } from '@tanstack/react-router';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, invoice } from '../../../db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const Route = createFileRoute('/api/webhooks/stripe')({
  server: {
    handlers: {
      // ok: missing-auth, unverified-webhook
      POST: async ({ request }) => {
        const payload = await request.text();
        const signature = request.headers.get('stripe-signature') ?? '';
        let event: Stripe.Event;
        try {
          event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
        } catch {
          return new Response('bad signature', { status: 400 });
        }
        if (event.type === 'invoice.paid') {
          const paid = event.data.object as Stripe.Invoice;
          // ok: unscoped-tenant-query
          await db.update(invoice).set({ status: 'paid' }).where(eq(invoice.stripeInvoiceId, paid.id!));
        }
        return Response.json({ received: true });
      },
    },
  },
});
