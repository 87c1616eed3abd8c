import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { db } from '@/db';
import { donations } from '@/db/schema';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  if (event.type === 'payment_intent.succeeded') {
    const intent = event.data.object as Stripe.PaymentIntent;
    const { orgId, donorId, campaignId } = intent.metadata;
    const existing = await db.query.donations.findFirst({ where: eq(donations.stripePaymentIntent, intent.id) });
    if (!existing) {
      await db.insert(donations).values({
        orgId,
        donorId,
        campaignId: campaignId || null,
        amountCents: intent.amount_received,
        stripePaymentIntent: intent.id,
      });
    }
  }
  return NextResponse.json({ received: true });
}
