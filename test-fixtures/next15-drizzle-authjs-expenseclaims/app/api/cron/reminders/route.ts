import { NextRequest, NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { db, claims } from '@/lib/db';

// ok: missing-auth, unscoped-tenant-query
export async function GET(req: NextRequest) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const pending = await db.select({ id: claims.id, orgId: claims.orgId }).from(claims).where(eq(claims.status, 'submitted'));
  return NextResponse.json({ queued: pending.length });
}
