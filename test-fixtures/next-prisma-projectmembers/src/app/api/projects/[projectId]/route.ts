import { NextResponse } from 'next/server';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { assertProjectMember, ForbiddenError } from '@/lib/access';

type Ctx = { params: Promise<{ projectId: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  try {
    await assertProjectMember(projectId, session.user.id);
  } catch (e) {
    if (e instanceof ForbiddenError) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    throw e;
  }
  // ok: unscoped-tenant-query
  const project = await prisma.project.findUnique({ where: { id: projectId } });
  return NextResponse.json(project);
}

const Rename = z.object({ name: z.string().min(1).max(80) });

// any signed-in user renames any project
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user?.id) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const { projectId } = await params;
  const { name } = Rename.parse(await req.json());
  // expect: unscoped-tenant-query
  const project = await prisma.project.update({ where: { id: projectId }, data: { name } });
  return NextResponse.json(project);
}
