import { headers } from 'next/headers';
import { eq, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db, campaigns, donations } from '@/lib/db';
import { stripe } from '@/lib/stripe';

const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// ok: missing-auth, unverified-webhook, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = (await headers()).get('stripe-signature');
  if (!signature) return new Response('Missing signature', { status: 400 });

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, endpointSecret);
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }

  switch (event.type) {
    case 'payment_intent.succeeded': {
      const intent = event.data.object as Stripe.PaymentIntent;
      const { orgId, campaignId, donorId } = intent.metadata;
      await db.insert(donations).values({
        orgId,
        campaignId,
        donorId,
        amountCents: intent.amount_received,
        currency: intent.currency,
        stripePaymentIntentId: intent.id,
      });
      await db
        .update(campaigns)
        .set({ raisedCents: sql`${campaigns.raisedCents} + ${intent.amount_received}` })
        .where(eq(campaigns.id, campaignId));
      break;
    }
    case 'charge.refunded': {
      const charge = event.data.object as Stripe.Charge;
      await db.update(donations).set({ refunded: true }).where(eq(donations.stripePaymentIntentId, String(charge.payment_intent)));
      break;
    }
  }
  return new Response(null, { status: 200 });
}
