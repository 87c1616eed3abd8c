import { NextResponse } from 'next/server';
import { stripe } from '@/lib/stripe';
import { db } from '@/lib/db';
import { getSession } from '@/lib/session';

export async function POST(req: Request) {
  const session = await getSession();
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { invoiceId } = await req.json();
  try {
    const invoice = await db.invoice.findFirstOrThrow({ where: { id: invoiceId, merchantId: session.merchantId } });
    const checkout = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'eur', unit_amount: invoice.amountCents, product_data: { name: invoice.number } }, quantity: 1 }],
      metadata: { invoiceId: invoice.id },
      success_url: `${process.env.NEXT_PUBLIC_APP_URL}/dashboard/invoices/${invoice.id}?paid=1`,
      cancel_url: `${process.env.NEXT_PUBLIC_APP_URL}/dashboard/invoices/${invoice.id}`,
    });
    return NextResponse.json({ url: checkout.url });
  } catch (err) {
    const error = err as Error;
    return NextResponse.json(
      // ok: error-details-leak
      { error: 'Checkout failed', detail: process.env.NODE_ENV === 'development' ? error.stack : undefined },
      { status: 500 },
    );
  }
}
