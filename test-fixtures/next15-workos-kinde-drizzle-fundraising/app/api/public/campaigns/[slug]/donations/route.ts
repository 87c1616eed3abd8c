import { NextResponse } from 'next/server';
import { and, desc, eq } from 'drizzle-orm';
import { db, campaigns, donations, donors } from '@/lib/db';

// "Recent gifts" ticker on the campaign page. Meant to show first names and amounts,
// but the select hands out each donor's email and home address to any visitor.
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const recent = await db
    .select({
      amountCents: donations.amountCents,
      at: donations.createdAt,
      donorName: donors.fullName,
      donorEmail: donors.email,
      donorAddress: donors.addressLine,
    })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .innerJoin(campaigns, eq(donations.campaignId, campaigns.id))
    .where(and(eq(campaigns.slug, slug), eq(donations.refunded, false)))
    .orderBy(desc(donations.createdAt))
    .limit(20);
  return NextResponse.json(recent);
}
