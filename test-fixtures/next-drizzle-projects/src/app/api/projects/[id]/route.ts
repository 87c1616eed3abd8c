import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { auth } from '@/lib/auth';
import { db } from '@/db';
import { projects, tasks } from '@/db/schema';

type Ctx = { params: { id: string } };

// ok: missing-auth
export async function GET(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  const project = await db.query.projects.findFirst({ where: eq(projects.id, params.id) });
  if (!project) return NextResponse.json({ error: 'not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const list = await db.select().from(tasks).where(and(eq(tasks.projectId, params.id), eq(tasks.organizationId, session.user.organizationId)));
  return NextResponse.json({ ...project, tasks: list });
}

// the body's name is written as sent, with no schema
// expect: missing-input-validation
export async function PATCH(req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const { name } = await req.json();
  // ok: unscoped-tenant-query
  await db.update(projects).set({ name }).where(and(eq(projects.id, params.id), eq(projects.organizationId, session.user.organizationId)));
  return new NextResponse(null, { status: 204 });
}

export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await auth();
  if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  // expect: unscoped-tenant-query
  await db.delete(projects).where(eq(projects.id, params.id));
  return new NextResponse(null, { status: 204 });
}
