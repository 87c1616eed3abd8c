'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projectNotes, projects } from '@/db/schema';
import { getSession } from '@/lib/session';

const RenameProject = z.object({
  projectId: z.coerce.number().int().positive(),
  name: z.string().trim().min(2).max(120),
});

// ok: missing-auth, missing-input-validation
export async function renameProject(formData: FormData) {
  const session = await getSession();
  if (!session?.clientId) redirect('/login');
  const { projectId, name } = RenameProject.parse(Object.fromEntries(formData));
  // ok: unscoped-tenant-query
  await db.update(projects).set({ name }).where(and(eq(projects.id, projectId), eq(projects.clientId, session.clientId)));
  revalidatePath('/dashboard/projects');
}

// Posted from /dashboard/projects, which the middleware matcher covers.
// ok: missing-auth
export async function archiveProject(projectId: number) {
  // expect: unscoped-tenant-query
  await db.update(projects).set({ status: 'archived' }).where(eq(projects.id, projectId));
  revalidatePath('/dashboard/projects');
}

// ok: missing-auth
// expect: missing-input-validation
export async function addProjectNote(projectId: number, note: string) {
  const session = await getSession();
  if (!session?.clientId) redirect('/login');
  // ok: unscoped-tenant-query
  const project = await db.query.projects.findFirst({
    where: and(eq(projects.id, projectId), eq(projects.clientId, session.clientId)),
  });
  if (!project) throw new Error('Project not found');
  await db.insert(projectNotes).values({
    clientId: session.clientId,
    projectId: project.id,
    authorId: session.userId,
    body: note,
  });
  revalidatePath(`/dashboard/projects/${project.id}`);
}
