import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/lib/stripe';
import { prisma } from '@/lib/prisma';

// ok: missing-auth, unverified-webhook
export async function POST(req: Request) {
  const body = await req.text();
  const sig = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }
  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    // ok: unscoped-tenant-query
    await prisma.invoice.update({ where: { stripeInvoiceId: inv.id! }, data: { status: 'paid' } });
  }
  return NextResponse.json({ received: true });
}
