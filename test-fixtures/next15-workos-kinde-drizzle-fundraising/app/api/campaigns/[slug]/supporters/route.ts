import { NextResponse } from 'next/server';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { and, desc, eq } from 'drizzle-orm';
import { db, campaigns, donations, donors } from '@/lib/db';

// Supporter wall on the campaign page. Staff get the full list with emails; the session
// is only read to decide what to log, signed-out visitors get the same rows.
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user } = await withAuth();

  const supporters = await db
    .select({ name: donors.fullName, email: donors.email, amountCents: donations.amountCents })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .innerJoin(campaigns, eq(donations.campaignId, campaigns.id))
    .where(and(eq(campaigns.slug, slug), eq(donations.refunded, false)))
    .orderBy(desc(donations.amountCents))
    .limit(50);

  if (user) console.info('supporter wall viewed by staff', user.id);
  return NextResponse.json(supporters);
}
