import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db } from '@/lib/db';
import { invoices } from '@/lib/db/schema';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// ok: missing-auth, unverified-webhook
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 400 });
  }

  if (event.type === 'invoice.paid') {
    const inv = event.data.object as Stripe.Invoice;
    await db.update(invoices).set({ status: 'paid' }).where(eq(invoices.number, inv.number ?? ''));
  }
  return NextResponse.json({ received: true });
}
