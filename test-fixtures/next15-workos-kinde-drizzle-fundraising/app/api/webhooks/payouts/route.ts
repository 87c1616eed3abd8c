import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db, payouts } from '@/lib/db';

type PayoutEvent = { type: 'payout.paid' | 'payout.failed'; data: { reference: string; arrival_date?: string } };

// status callbacks from the bank-transfer provider
// ok: missing-auth
// expect: unverified-webhook
export async function POST(req: Request) {
  const raw = await req.text();
  // (the same value the checkout widget reads, so it was given the public prefix)
  // expect: public-env-secret
  const expected = createHmac('sha256', process.env.NEXT_PUBLIC_PAYOUTS_SIGNING_SECRET ?? '').update(raw).digest('hex');
  if (req.headers.get('x-payouts-signature') === expected) {
    const event = JSON.parse(raw) as PayoutEvent;
    await db
      .update(payouts)
      .set({
        status: event.type === 'payout.paid' ? 'paid' : 'failed',
        arrivalDate: event.data.arrival_date ? new Date(event.data.arrival_date) : null,
      })
      .where(eq(payouts.providerRef, event.data.reference));
    return Response.json({ received: true });
  }
  return new Response('bad signature', { status: 401 });
}
