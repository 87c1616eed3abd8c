import { NextResponse } from 'next/server';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { count, eq, sum } from 'drizzle-orm';
import { db, donations, organizations } from '@/lib/db';

// Platform overview for the GiveWell ops team: every nonprofit with its totals.
// Only checks that someone is signed in, any org member gets the whole platform.
// expect: missing-role-check
export async function GET() {
  const { user } = await withAuth({ ensureSignedIn: true });

  // expect: unscoped-tenant-query
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      charityNumber: organizations.charityNumber,
      gifts: count(donations.id),
      raisedCents: sum(donations.amountCents),
    })
    .from(organizations)
    .leftJoin(donations, eq(donations.orgId, organizations.id))
    .groupBy(organizations.id);

  return NextResponse.json({ requestedBy: user.email, organizations: rows });
}
