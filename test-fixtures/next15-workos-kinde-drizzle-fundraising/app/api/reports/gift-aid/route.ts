import { NextResponse, type NextRequest } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, donations, donors } from '@/lib/db';

// Gift Aid claim file for HMRC. /api/reports is not in the middleware matcher and the
// handler never calls withAuth(): the org comes straight from the query string.
// expect: missing-auth
export async function GET(request: NextRequest) {
  const orgId = request.nextUrl.searchParams.get('orgId');
  if (!orgId) return NextResponse.json({ error: 'orgId required' }, { status: 400 });

  const claimable = await db
    .select({ name: donors.fullName, address: donors.addressLine, amountCents: donations.amountCents, date: donations.createdAt })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .where(and(eq(donations.orgId, orgId), eq(donors.giftAid, true), eq(donations.refunded, false)));

  return NextResponse.json({ rows: claimable });
}
