import { NextResponse } from 'next/server';
import { getKindeServerSession } from '@kinde-oss/kinde-auth-nextjs/server';
import { desc, eq } from 'drizzle-orm';
import { db, campaigns, donations, donors } from '@/lib/db';

// the signed-in donor's giving history, across every nonprofit they gave to
// ok: missing-auth
export async function GET() {
  const { getUser, isAuthenticated } = getKindeServerSession();
  if (!(await isAuthenticated())) {
    return NextResponse.json({ error: 'Sign in to see your donations' }, { status: 401 });
  }
  const user = await getUser();

  // ok: unscoped-tenant-query
  const history = await db
    .select({ id: donations.id, amountCents: donations.amountCents, campaign: campaigns.title, at: donations.createdAt })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .innerJoin(campaigns, eq(donations.campaignId, campaigns.id))
    .where(eq(donors.kindeUserId, user.id))
    .orderBy(desc(donations.createdAt));

  return NextResponse.json(history);
}
