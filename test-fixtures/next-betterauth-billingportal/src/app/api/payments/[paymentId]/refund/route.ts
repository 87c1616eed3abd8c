import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { db, payments } from '@/db';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

// expect: missing-auth
export async function POST(_req: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const payment = await db.query.payments.findFirst({ where: eq(payments.id, paymentId) });
  if (!payment?.stripeChargeId) return Response.json({ error: 'Not found' }, { status: 404 });
  await stripe.refunds.create({ charge: payment.stripeChargeId });
  await db.update(payments).set({ refunded: true }).where(eq(payments.id, payment.id));
  return Response.json({ ok: true });
}
