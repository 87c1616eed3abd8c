import { eq } from 'drizzle-orm';
import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/db';
import { donors } from '@/db/schema';

// the CRM sync service of the umbrella federation calls this with its server key
// ok: missing-auth
export const GET = async (req: NextRequest) => {
  if (req.headers.get('x-api-key') !== process.env.FEDERATION_SYNC_KEY) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const orgId = req.nextUrl.searchParams.get('orgId');
  if (!orgId) return NextResponse.json({ error: 'orgId required' }, { status: 400 });
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: donors.id, fullName: donors.fullName }).from(donors).where(eq(donors.orgId, orgId));
  return NextResponse.json(rows);
};
