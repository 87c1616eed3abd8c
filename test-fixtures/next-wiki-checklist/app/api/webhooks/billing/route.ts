import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';

// Legacy endpoint from the first billing integration. The Stripe dashboard still sends
// invoice.* events here.
const invoiceEventSchema = z.object({
  type: z.string(),
  data: z.object({
    object: z.object({
      customer: z.string(),
      status: z.string().nullable().optional(),
    }),
  }),
});

// expect: unverified-webhook
export async function POST(req: Request) {
  const parsed = invoiceEventSchema.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Unsupported payload' }, { status: 400 });

  const { type, data } = parsed.data;
  if (type === 'invoice.payment_failed') {
    await db.team.updateMany({ where: { stripeCustomerId: data.object.customer }, data: { billingStatus: 'past_due' } });
  } else if (type === 'invoice.paid') {
    await db.team.updateMany({ where: { stripeCustomerId: data.object.customer }, data: { billingStatus: 'active' } });
  }

  return NextResponse.json({ received: true });
}
