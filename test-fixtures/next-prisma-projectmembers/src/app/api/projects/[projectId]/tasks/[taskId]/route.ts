import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ projectId: string; taskId: string }> };

export async function PATCH(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId, taskId } = await params;
  const member = await prisma.projectUser.findUnique({ where: { userId_projectId: { userId: session.user.id, projectId } } });
  if (!member) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // ok: unscoped-tenant-query
  const task = await prisma.task.update({ where: { id: taskId, projectId }, data: { done: true } });
  return NextResponse.json(task);
}

// the task id alone: a member of one project closes tasks of any other
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId, taskId } = await params;
  const member = await prisma.projectUser.findUnique({ where: { userId_projectId: { userId: session.user.id, projectId } } });
  if (!member) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  // expect: unscoped-tenant-query
  await prisma.task.delete({ where: { id: taskId } });
  return new NextResponse(null, { status: 204 });
}
