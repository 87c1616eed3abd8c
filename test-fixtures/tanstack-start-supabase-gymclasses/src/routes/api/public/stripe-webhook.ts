import { createFileRoute } from '@tanstack/react-router';
import Stripe from 'stripe';
import { supabaseAdmin } from '@/integrations/supabase/client.server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export const Route = createFileRoute('/api/public/stripe-webhook')({
  server: {
    handlers: {
      // ok: missing-auth, unverified-webhook
      POST: async ({ request }) => {
        const signature = request.headers.get('stripe-signature');
        if (!signature) return new Response('Missing signature', { status: 400 });
        const body = await request.text();
        let event: Stripe.Event;
        try {
          event = await stripe.webhooks.constructEventAsync(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
        } catch (err) {
          console.error('Webhook signature verification failed', err);
          return new Response('Invalid signature', { status: 400 });
        }
        if (event.type === 'payment_intent.succeeded') {
          const intent = event.data.object as Stripe.PaymentIntent;
          // ok: unscoped-tenant-query
          await supabaseAdmin.from('payments').update({ status: 'succeeded' }).eq('stripe_payment_intent', intent.id);
        }
        return Response.json({ received: true });
      },
    },
  },
});
