import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: Promise<{ projectId: string }> };

// checks that the project has members, not that the caller is one
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  // expect: unscoped-tenant-query
  const anyone = await prisma.projectUser.findFirst({ where: { projectId } });
  if (!anyone) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // expect: unscoped-tenant-query
  const members = await prisma.projectUser.findMany({ where: { projectId }, include: { user: { select: { email: true, name: true } } } });
  return NextResponse.json(members);
}

// the membership looked up is the one the client names
export async function DELETE(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const userId = new URL(req.url).searchParams.get('userId') ?? '';
  // expect: unscoped-tenant-query
  const target = await prisma.projectUser.findFirst({ where: { projectId, userId } });
  if (!target) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  // expect: unscoped-tenant-query
  await prisma.projectUser.delete({ where: { userId_projectId: { userId, projectId } } });
  return new NextResponse(null, { status: 204 });
}
