import { and, eq, sum } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { campaigns, donations } from '@/db/schema';

// public campaign page data (embedded on the charity's own site)
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // ok: unscoped-tenant-query
  const campaign = await db.query.campaigns.findFirst({
    where: and(eq(campaigns.slug, slug), eq(campaigns.status, 'published')),
    columns: { id: true, title: true, goalCents: true },
  });
  if (!campaign) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const [{ raised }] = await db
    .select({ raised: sum(donations.amountCents) })
    .from(donations)
    .where(eq(donations.campaignId, campaign.id));
  return NextResponse.json({ ...campaign, raisedCents: Number(raised ?? 0) });
}
