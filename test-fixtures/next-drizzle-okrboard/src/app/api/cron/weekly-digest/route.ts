import { eq } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { db, objectives } from '@/db';

// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  // ok: unscoped-tenant-query
  const open = await db.select().from(objectives).where(eq(objectives.archived, false));
  // queue one digest per organization (omitted: mailer)
  return NextResponse.json({ queued: new Set(open.map((o) => o.organizationId)).size });
}
