import { NextResponse } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db, payouts } from '@/lib/db';
import { requireStaff } from '@/lib/auth/staff';

// ok: missing-auth
export async function GET() {
  const staff = await requireStaff();
  // ok: unscoped-tenant-query
  const list = await db
    .select({ id: payouts.id, amountCents: payouts.amountCents, status: payouts.status, arrivalDate: payouts.arrivalDate })
    .from(payouts)
    .where(eq(payouts.orgId, staff.orgId))
    .orderBy(desc(payouts.arrivalDate));
  return NextResponse.json(list);
}
