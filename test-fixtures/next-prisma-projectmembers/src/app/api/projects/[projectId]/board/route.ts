import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { buildTaskListArgs } from '@/lib/taskQuery';

type Ctx = { params: Promise<{ projectId: string }> };

export async function GET(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const seats = await prisma.projectUser.count({ where: { projectId, userId: session.user.id } });
  if (seats === 0) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  const tasks = await prisma.task.findMany({ where: { projectId }, select: { id: true, title: true, done: true } });
  // the list's arguments, its where among them, come from a helper: filtered by the checked project
  const query = buildTaskListArgs(projectId, new URL(req.url).searchParams);
  // ok: unscoped-tenant-query
  const page = await prisma.task.findMany({ ...query, select: { id: true, title: true } });
  return NextResponse.json({ columns: { todo: tasks.filter((t) => !t.done), done: tasks.filter((t) => t.done) }, page });
}

// clears the done column
export async function POST(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  if (!(await prisma.projectUser.findFirst({ where: { projectId, userId: session.user.id } }))) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
  // ok: unscoped-tenant-query
  const { count } = await prisma.task.deleteMany({ where: { projectId, done: true } });
  return NextResponse.json({ cleared: count });
}

// counts the project's members, whoever asks
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  // the same helper's arguments for a project nobody checked the caller belongs to
  // expect: unscoped-tenant-query
  const doomed = await prisma.task.findMany({ ...buildTaskListArgs(projectId, new URLSearchParams()), select: { id: true } });
  // expect: unscoped-tenant-query
  const members = await prisma.projectUser.count({ where: { projectId } });
  if (members === 0) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // expect: unscoped-tenant-query
  await prisma.task.deleteMany({ where: { projectId } });
  return NextResponse.json({ removed: doomed.length });
}
