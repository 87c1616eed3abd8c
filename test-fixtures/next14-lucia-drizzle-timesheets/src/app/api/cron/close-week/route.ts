import { NextResponse } from 'next/server';
import { and, eq, lt } from 'drizzle-orm';
import { db } from '@/db';
import { timeEntries } from '@/db/schema';

// Vercel cron, every Monday 02:00
// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }
  const cutoff = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  // ok: unscoped-tenant-query
  const locked = await db
    .update(timeEntries)
    .set({ status: 'locked' })
    .where(and(eq(timeEntries.status, 'approved'), lt(timeEntries.day, cutoff)))
    .returning({ id: timeEntries.id });
  return NextResponse.json({ locked: locked.length });
}
