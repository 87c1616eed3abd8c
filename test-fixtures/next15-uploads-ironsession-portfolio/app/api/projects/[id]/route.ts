import { NextResponse } from 'next/server';
import { Prisma } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '@/lib/db';
import { getSession } from '@/lib/session';

const patch = z.object({ title: z.string().min(1).max(120).optional(), summary: z.string().max(2000).optional(), published: z.boolean().optional() });

// ok: missing-auth
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id, ownerId: session.userId } });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return NextResponse.json(project);
}

// ok: missing-auth, missing-input-validation
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const data = patch.parse(await request.json());
  try {
    // expect: unscoped-tenant-query
    const project = await prisma.project.update({ where: { id }, data });
    return NextResponse.json(project);
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2025') {
      // expect: error-details-leak
      return NextResponse.json({ error: err.message }, { status: 404 });
    }
    // ok: error-details-leak
    return NextResponse.json({ error: 'Could not update project' }, { status: 500 });
  }
}

// ok: missing-auth
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const { count } = await prisma.project.deleteMany({ where: { id, ownerId: session.userId } });
  return count ? new NextResponse(null, { status: 204 }) : NextResponse.json({ error: 'Not found' }, { status: 404 });
}
