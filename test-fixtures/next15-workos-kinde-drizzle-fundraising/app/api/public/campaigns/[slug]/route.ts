import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db, campaigns } from '@/lib/db';

export const revalidate = 60;

// the public campaign page's data: only published campaigns, only display fields
// ok: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // ok: unscoped-tenant-query
  const [campaign] = await db
    .select({
      title: campaigns.title,
      story: campaigns.story,
      goalCents: campaigns.goalCents,
      raisedCents: campaigns.raisedCents,
    })
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), eq(campaigns.status, 'published')))
    .limit(1);

  if (!campaign) return NextResponse.json({ error: 'Campaign not found' }, { status: 404 });
  return NextResponse.json(campaign);
}
