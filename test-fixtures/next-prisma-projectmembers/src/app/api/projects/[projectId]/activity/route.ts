import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ projectId: string }> };

// the caller's membership is counted for the response, and nothing is refused without it
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const seats = await prisma.projectUser.count({ where: { projectId, userId: session.user.id } });
  // expect: unscoped-tenant-query
  const recent = await prisma.task.findMany({ where: { projectId, done: true }, take: 20 });
  return NextResponse.json({ member: seats > 0, recent });
}

// membership of the project named in the query string, then tasks of the one in the path
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const from = new URL(req.url).searchParams.get('from') ?? '';
  if (!(await prisma.projectUser.findFirst({ where: { projectId: from, userId: session.user.id } }))) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  // expect: unscoped-tenant-query
  const { count } = await prisma.task.updateMany({ where: { projectId }, data: { done: false } });
  return NextResponse.json({ reopened: count });
}
