import { NextResponse } from 'next/server';
import { desc, eq } from 'drizzle-orm';
import { db, campaigns, organizations } from '@/lib/db';

// listed in the Kinde middleware's publicPaths: the portal's "discover" page
// ok: missing-auth
export async function GET() {
  const live = await db
    .select({ slug: campaigns.slug, title: campaigns.title, goalCents: campaigns.goalCents, raisedCents: campaigns.raisedCents, charity: organizations.name })
    .from(campaigns)
    .innerJoin(organizations, eq(campaigns.orgId, organizations.id))
    .where(eq(campaigns.status, 'published'))
    .orderBy(desc(campaigns.raisedCents))
    .limit(24);
  return NextResponse.json(live);
}
