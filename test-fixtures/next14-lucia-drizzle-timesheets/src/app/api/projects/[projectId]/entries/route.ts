import { NextResponse } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { projects, timeEntries } from '@/db/schema';
import { requireUser } from '@/lib/auth';

export async function GET(_req: Request, { params }: { params: { projectId: string } }) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, params.projectId), eq(projects.teamId, user.teamId)),
  });
  if (!project) return NextResponse.json({ error: 'not found' }, { status: 404 });
  // ok: unscoped-tenant-query
  const entries = await db.select().from(timeEntries).where(eq(timeEntries.projectId, project.id));
  return NextResponse.json({ project, entries });
}

// managers move all of a project's draft entries to another project
// expect: missing-input-validation
export async function POST(request: Request, { params }: { params: { projectId: string } }) {
  const user = await requireUser();
  if (user.role !== 'manager') return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  const { targetProjectId } = (await request.json()) as { targetProjectId: string };
  // expect: unscoped-tenant-query
  await db
    .update(timeEntries)
    .set({ projectId: targetProjectId })
    .where(and(eq(timeEntries.projectId, params.projectId), eq(timeEntries.status, 'draft')));
  return NextResponse.json({ ok: true });
}
