import { NextResponse } from 'next/server';
import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { desc, eq } from 'drizzle-orm';
import { db, donations, donors, receipts } from '@/lib/db';

// Relies on the Kinde middleware (middleware.ts hands /api/portal/* to it) to turn
// signed-out donors away; only reads the session here.
// ok: missing-auth
export async function GET() {
  const { getUser } = getKindeServerSession();
  const donor = await getUser();

  // ok: unscoped-tenant-query
  const mine = await db
    .select({ id: receipts.id, number: receipts.number, issuedAt: receipts.issuedAt, amountCents: donations.amountCents })
    .from(receipts)
    .innerJoin(donations, eq(receipts.donationId, donations.id))
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .where(eq(donors.kindeUserId, donor!.id))
    .orderBy(desc(receipts.issuedAt));

  return NextResponse.json({ receipts: mine });
}
