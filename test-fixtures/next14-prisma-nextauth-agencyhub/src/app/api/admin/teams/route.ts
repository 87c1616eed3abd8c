import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// ok: missing-auth
// expect: missing-role-check
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const teams = await prisma.team.findMany({ include: { _count: { select: { members: true, projects: true } } } });
  return NextResponse.json(teams);
}
