import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

// expect: missing-role-check
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const members = await prisma.user.findMany({
    where: { workspaceId: session.user.workspaceId },
    select: { id: true, email: true, name: true, role: true },
  });
  return NextResponse.json(members);
}
