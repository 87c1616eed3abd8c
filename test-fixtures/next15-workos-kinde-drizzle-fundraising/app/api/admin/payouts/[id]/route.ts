import { NextResponse, type NextRequest } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, payouts } from '@/lib/db';
import { ForbiddenError, requireOrgAdmin } from '@/lib/auth/staff';

// approve a pending payout to the nonprofit's bank account
// ok: missing-auth, missing-role-check
export async function POST(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const admin = await requireOrgAdmin();
    const { id } = await params;
    // ok: unscoped-tenant-query
    const [payout] = await db
      .update(payouts)
      .set({ status: 'in_transit' })
      .where(and(eq(payouts.id, id), eq(payouts.orgId, admin.orgId), eq(payouts.status, 'pending')))
      .returning({ id: payouts.id, status: payouts.status });
    if (!payout) return NextResponse.json({ error: 'No pending payout' }, { status: 404 });
    return NextResponse.json(payout);
  } catch (e) {
    if (e instanceof ForbiddenError) {
      return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
    }
    throw e;
  }
}
