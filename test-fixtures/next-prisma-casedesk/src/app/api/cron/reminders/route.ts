import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

// Vercel Cron: the platform sends the CRON_SECRET as a bearer token
// ok: missing-auth
export async function GET(req: Request) {
  if (req.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse('Unauthorized', { status: 401 });
  }
  // ok: unscoped-tenant-query
  const overdue = await prisma.invoice.findMany({ where: { status: 'sent', createdAt: { lt: new Date(Date.now() - 30 * 86400000) } } });
  return NextResponse.json({ reminders: overdue.length });
}
