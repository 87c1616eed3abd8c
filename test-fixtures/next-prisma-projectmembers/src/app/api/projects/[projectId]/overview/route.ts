import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ projectId: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const mine = await prisma.projectUser.findMany({ where: { userId: session.user.id }, select: { projectId: true, role: true } });
  if (!mine.some((m) => m.projectId === projectId)) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const project = await prisma.project.findUnique({ where: { id: projectId }, include: { _count: { select: { tasks: true, files: true } } } });
  return NextResponse.json(project);
}

// the project's own member list searched for the id the client sent: it checks nothing about the caller
export async function POST(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const { userId } = z.object({ userId: z.string().min(1) }).parse(await req.json());
  // expect: unscoped-tenant-query
  const members = await prisma.projectUser.findMany({ where: { projectId } });
  if (!members.some((m) => m.userId === userId)) return NextResponse.json({ error: 'Not a member' }, { status: 400 });
  // expect: unscoped-tenant-query
  const project = await prisma.project.update({ where: { id: projectId }, data: { name: `Handed over to ${userId}` } });
  return NextResponse.json(project);
}
