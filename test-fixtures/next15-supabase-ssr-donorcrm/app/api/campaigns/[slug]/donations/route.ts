import { NextResponse } from 'next/server';
import { db } from '@/db';
import { currentUser } from '@/lib/auth';

// dashboard widget: latest donations to a campaign
// ok: missing-auth
export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const campaignId = new URL(req.url).searchParams.get('campaignId') ?? '';
  // expect: unscoped-tenant-query
  const rows = await db.query.donations.findMany({
    where: (d, { eq }) => eq(d.campaignId, campaignId),
    orderBy: (d, { desc }) => [desc(d.createdAt)],
    limit: 20,
  });
  return NextResponse.json(rows);
}
