import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

// platform staff view of every team
// ok: missing-role-check
export async function GET() {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  if (session.user.role !== 'OWNER') return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // OWNER is a role on the user row of a single-team user: every team's owner passes this check
  // expect: unscoped-tenant-query
  const teams = await prisma.team.findMany({ select: { id: true, name: true, plan: true, createdAt: true } });
  return NextResponse.json(teams);
}
