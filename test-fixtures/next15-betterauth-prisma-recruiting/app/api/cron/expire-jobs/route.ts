import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Vercel Cron calls this nightly with `Authorization: Bearer $CRON_SECRET`
// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  // ok: unscoped-tenant-query
  const { count } = await prisma.job.updateMany({ where: { published: true, closesAt: { lt: new Date() } }, data: { published: false } });
  return NextResponse.json({ closed: count });
}
