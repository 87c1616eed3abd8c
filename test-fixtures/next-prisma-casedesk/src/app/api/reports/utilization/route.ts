import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
export async function GET(req: Request) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: token-logging
  console.log('utilization report for', session);
  const firmId = new URL(req.url).searchParams.get('firmId') ?? session.user.firmId;
  try {
    // expect: unscoped-tenant-query
    const rows = await prisma.timeEntry.groupBy({ by: ['userId'], where: { firmId }, _sum: { minutes: true } });
    return NextResponse.json(rows);
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
