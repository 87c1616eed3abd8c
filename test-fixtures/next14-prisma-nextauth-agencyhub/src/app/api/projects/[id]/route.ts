import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

type Ctx = { params: { id: string } };

const UpdateProject = z.object({ name: z.string().min(1).max(120).optional(), client: z.string().max(120).optional() });

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: params.id, teamId: session.user.teamId }, include: { comments: true } });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(project);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = UpdateProject.parse(await req.json());
  // expect: unscoped-tenant-query
  const project = await prisma.project.update({ where: { id: params.id }, data });
  return NextResponse.json(project);
}

// ok: missing-auth
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  try {
    // ok: unscoped-tenant-query
    const project = await prisma.project.findUnique({ where: { id: params.id } });
    if (!project || project.teamId !== session.user.teamId) return NextResponse.json({ error: 'Not found' }, { status: 404 });
    // ok: unscoped-tenant-query
    await prisma.project.delete({ where: { id: project.id } });
    return new NextResponse(null, { status: 204 });
  } catch (e) {
    // expect: error-details-leak
    return NextResponse.json({ error: (e as Error).message }, { status: 500 });
  }
}
