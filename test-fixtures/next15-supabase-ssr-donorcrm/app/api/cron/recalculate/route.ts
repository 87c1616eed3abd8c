import { eq, sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db } from '@/db';
import { campaigns, donations } from '@/db/schema';

// ok: missing-auth
export async function GET(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const totals = await db
    .select({ campaignId: donations.campaignId, raised: sql<number>`sum(${donations.amountCents})` })
    .from(donations)
    .groupBy(donations.campaignId);
  for (const t of totals) {
    if (!t.campaignId) continue;
    // ok: unscoped-tenant-query
    await db.update(campaigns).set({ raisedCents: Number(t.raised) }).where(eq(campaigns.id, t.campaignId));
  }
  return NextResponse.json({ updated: totals.length });
}
