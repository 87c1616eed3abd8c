import { NextResponse } from 'next/server';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { and, eq } from 'drizzle-orm';
import { db, donations } from '@/lib/db';
import { requireOrgAdmin } from '@/lib/auth/staff';
import { stripe } from '@/lib/stripe';

// ok: missing-auth
export async function GET(_request: Request, props: { params: Promise<{ id: string }> }) {
  const { user } = await withAuth();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { id } = await props.params;

  // expect: unscoped-tenant-query
  const donation = await db.query.donations.findFirst({
    where: eq(donations.id, id),
    with: { donor: true, campaign: true },
  });
  return donation ? NextResponse.json(donation) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}

// refund a gift (admins only)
// ok: missing-auth, missing-role-check
export async function POST(_request: Request, props: { params: Promise<{ id: string }> }) {
  const { orgId } = await requireOrgAdmin();
  const { id } = await props.params;

  // ok: unscoped-tenant-query
  const [gift] = await db.select().from(donations).where(and(eq(donations.orgId, orgId), eq(donations.id, id)));
  if (!gift?.stripePaymentIntentId) return NextResponse.json({ error: 'Not refundable' }, { status: 409 });

  try {
    await stripe.refunds.create({ payment_intent: gift.stripePaymentIntentId });
    // ok: unscoped-tenant-query
    await db.update(donations).set({ refunded: true }).where(and(eq(donations.id, gift.id), eq(donations.orgId, orgId)));
    return NextResponse.json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: 'Refund failed', detail: (err as Error).message, stack: (err as Error).stack }, { status: 500 });
  }
}
