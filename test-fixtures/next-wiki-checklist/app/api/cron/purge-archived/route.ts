import { NextResponse } from 'next/server';
import { db } from '@/lib/db';

// Vercel Cron calls this with `Authorization: Bearer $CRON_SECRET`.
// ok: missing-auth
export async function GET(request: Request) {
  const authHeader = request.headers.get('authorization');
  if (authHeader !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  const cutoff = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
  // a job across every team, by design: there is no caller tenant
  // ok: unscoped-tenant-query
  const { count } = await db.page.deleteMany({ where: { archived: true, archivedAt: { lt: cutoff } } });
  return NextResponse.json({ purged: count });
}
