'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

const NewProject = z.object({ name: z.string().min(1).max(120), client: z.string().max(120).optional() });
const CommentInput = z.object({ projectId: z.string().cuid(), body: z.string().min(1).max(4000) });

// ok: missing-auth, missing-input-validation
export async function createProject(formData: FormData) {
  const user = await requireUser();
  const data = NewProject.parse({ name: formData.get('name'), client: formData.get('client') || undefined });
  await prisma.project.create({ data: { ...data, teamId: user.teamId } });
  revalidatePath('/dashboard/projects');
}

// ok: missing-auth
// expect: missing-input-validation
export async function renameProject(projectId: string, name: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await prisma.project.update({ where: { id: projectId }, data: { name } });
  revalidatePath(`/dashboard/projects/${projectId}`);
}

// ok: missing-auth
export async function archiveProject(projectId: string) {
  const user = await requireUser();
  try {
    // ok: unscoped-tenant-query
    await prisma.project.updateMany({ where: { id: projectId, teamId: user.teamId }, data: { archived: true } });
  } catch (e) {
    // expect: error-details-leak
    return { ok: false, error: (e as Error).message };
  }
  revalidatePath('/dashboard/projects');
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function addComment(input: { projectId: string; body: string }) {
  const user = await requireUser();
  const { projectId, body } = CommentInput.parse(input);
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: projectId, teamId: user.teamId } });
  if (!project) throw new Error('Project not found');
  await prisma.comment.create({ data: { projectId: project.id, authorId: user.id, body } });
  revalidatePath(`/dashboard/projects/${project.id}`);
}
