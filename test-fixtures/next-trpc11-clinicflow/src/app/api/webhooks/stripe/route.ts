import { NextResponse } from 'next/server';
import { db } from '@/server/db';
import { stripe } from '@/server/payments';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = req.headers.get('stripe-signature') ?? '';
  let event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, process.env.STRIPE_WEBHOOK_SECRET!);
  } catch {
    return NextResponse.json({ error: 'bad signature' }, { status: 400 });
  }
  if (event.type === 'payment_intent.succeeded') {
    const invoiceId = event.data.object.metadata.invoiceId;
    // ok: unscoped-tenant-query
    await db.invoice.update({ where: { id: invoiceId }, data: { status: 'PAID' } });
  }
  return NextResponse.json({ received: true });
}
