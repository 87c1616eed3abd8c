import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { assertProjectMember } from '@/lib/access';

type Ctx = { params: Promise<{ projectId: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const membership = await prisma.projectUser.findFirst({ where: { projectId, userId: session.user.id } });
  if (!membership) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const tasks = await prisma.task.findMany({ where: { projectId }, orderBy: { id: 'asc' } });
  return NextResponse.json(tasks);
}

const TaskInput = z.object({ title: z.string().min(1).max(200) });

export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  await assertProjectMember(projectId, session.user.id);
  const { title } = TaskInput.parse(await req.json());
  // ok: unscoped-tenant-query
  const task = await prisma.task.create({ data: { title, projectId } });
  return NextResponse.json(task, { status: 201 });
}
