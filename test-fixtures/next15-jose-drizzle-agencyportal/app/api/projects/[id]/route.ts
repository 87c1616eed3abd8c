import { NextResponse, type NextRequest } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { files, projects } from '@/db/schema';
import { getSession } from '@/lib/session';

type RouteContext = { params: Promise<{ id: string }> };

export async function GET(_req: NextRequest, { params }: RouteContext) {
  const session = await getSession();
  if (!session?.clientId) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { id } = await params;
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, Number(id)), eq(projects.clientId, session.clientId)),
  });
  if (!project) return NextResponse.json({ error: 'Not found' }, { status: 404 });

  const projectFiles = await db.select().from(files).where(eq(files.projectId, project.id));
  return NextResponse.json({ ...project, files: projectFiles });
}

// expect: missing-input-validation
export async function PATCH(req: NextRequest, { params }: RouteContext) {
  const session = await getSession();
  if (!session) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const { id } = await params;
  const body = await req.json();
  // expect: unscoped-tenant-query
  const [updated] = await db
    .update(projects)
    .set({ name: body.name, brief: body.brief, status: body.status })
    .where(eq(projects.id, Number(id)))
    .returning();
  return NextResponse.json(updated);
}

// The middleware matcher covers /api/projects/*, so only signed-in callers get here.
// ok: missing-auth
export async function DELETE(_req: NextRequest, { params }: RouteContext) {
  const { id } = await params;
  // expect: unscoped-tenant-query
  await db.delete(projects).where(eq(projects.id, Number(id)));
  return new NextResponse(null, { status: 204 });
}
