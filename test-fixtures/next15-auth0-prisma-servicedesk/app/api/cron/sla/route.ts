import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Vercel Cron: called with the project's CRON_SECRET as a bearer token
// ok: missing-auth
export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  // ok: unscoped-tenant-query
  const res = await prisma.ticket.updateMany({
    where: { status: 'OPEN', breached: false, dueAt: { lt: new Date() } },
    data: { breached: true },
  });
  return NextResponse.json({ breached: res.count });
}
