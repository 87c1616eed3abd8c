import { NextResponse } from 'next/server';
import { headers } from 'next/headers';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { invoices } from '@/db/schema';
import { stripe } from '@/lib/stripe';

// ok: missing-auth, unverified-webhook
export async function POST(req: Request) {
  const body = await req.text();
  const signature = (await headers()).get('stripe-signature');
  if (!signature) {
    return new Response('Missing signature', { status: 400 });
  }

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return new Response('Invalid signature', { status: 400 });
  }

  if (event.type === 'invoice.paid') {
    const paid = event.data.object as Stripe.Invoice;
    // ok: unscoped-tenant-query
    await db.update(invoices).set({ status: 'paid', paidAt: new Date() }).where(eq(invoices.stripeInvoiceId, paid.id!));
  } else if (event.type === 'invoice.payment_failed') {
    const failed = event.data.object as Stripe.Invoice;
    await db.update(invoices).set({ status: 'past_due' }).where(eq(invoices.stripeInvoiceId, failed.id!));
  }

  return NextResponse.json({ received: true });
}
