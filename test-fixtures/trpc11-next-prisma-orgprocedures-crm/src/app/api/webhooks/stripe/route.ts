import { NextResponse } from 'next/server';
import type Stripe from 'stripe';
import { stripe } from '@/server/lib/stripe';
import { prisma } from '@/server/db';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const body = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch (err) {
    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });
  }

  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    // ok: unscoped-tenant-query
    await prisma.invoice.update({ where: { stripeId: inv.id }, data: { status: 'paid' } });
  }
  return NextResponse.json({ received: true });
}
