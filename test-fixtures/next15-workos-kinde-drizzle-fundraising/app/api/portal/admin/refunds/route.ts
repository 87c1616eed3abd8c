import { NextResponse, type NextRequest } from 'next/server';
import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, donations } from '@/lib/db';
import { stripe } from '@/lib/stripe';

const RefundRequest = z.object({ donationId: z.string().uuid(), reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']) });

// donor-care team: refund a gift on a donor's request
// ok: missing-auth, missing-role-check, missing-input-validation
export async function POST(request: NextRequest) {
  const { isAuthenticated, getPermission } = getKindeServerSession();
  if (!(await isAuthenticated())) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const canRefund = await getPermission('refund:donations');
  if (!canRefund?.isGranted) {
    return NextResponse.json({ error: 'Missing refund:donations permission' }, { status: 403 });
  }

  const { donationId, reason } = RefundRequest.parse(await request.json());
  const [gift] = await db.select().from(donations).where(eq(donations.id, donationId));
  if (!gift?.stripePaymentIntentId) return NextResponse.json({ error: 'Not refundable' }, { status: 409 });

  await stripe.refunds.create({ payment_intent: gift.stripePaymentIntentId, reason });
  await db.update(donations).set({ refunded: true }).where(eq(donations.id, gift.id));
  return NextResponse.json({ refunded: gift.id });
}
