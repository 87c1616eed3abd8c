import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { z } from 'zod';
import { authOptions } from '@/lib/auth';
import { prisma } from '@/lib/prisma';

const CreateProject = z.object({ name: z.string().min(1).max(120), client: z.string().max(120).optional() });

// ok: missing-auth
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  // ok: unscoped-tenant-query
  const projects = await prisma.project.findMany({ where: { teamId: session.user.teamId, archived: false } });
  return NextResponse.json(projects);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const parsed = CreateProject.safeParse(await req.json());
  if (!parsed.success) return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  const project = await prisma.project.create({ data: { ...parsed.data, teamId: session.user.teamId } });
  return NextResponse.json(project, { status: 201 });
}
