'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { projects, users } from '@/db/schema';
import { requireUser } from '@/lib/auth';

const roleSchema = z.object({ userId: z.string(), role: z.enum(['member', 'manager']) });

// any team member can promote anyone in the team
// expect: missing-role-check
export async function changeRole(input: { userId: string; role: string }) {
  const user = await requireUser();
  const { userId, role } = roleSchema.parse(input);
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(and(eq(users.id, userId), eq(users.teamId, user.teamId)));
  revalidatePath('/team');
}

// ok: missing-role-check
export async function removeMember(userId: string) {
  const user = await requireUser();
  if (user.role !== 'manager') throw new Error('Only managers can remove people');
  // ok: unscoped-tenant-query
  await db.delete(users).where(and(eq(users.id, userId), eq(users.teamId, user.teamId)));
  revalidatePath('/team');
}

const projectSchema = z.object({ name: z.string().min(1), clientName: z.string().optional(), hourlyRateCents: z.number().int().min(0) });

// ok: missing-input-validation
export async function createProject(input: unknown) {
  const user = await requireUser();
  const data = projectSchema.parse(input);
  try {
    await db.insert(projects).values({ id: crypto.randomUUID(), teamId: user.teamId, ...data });
  } catch (e) {
    // expect: error-details-leak
    return { error: (e as Error).message };
  }
  revalidatePath('/team');
  return { ok: true };
}

export async function archiveProject(projectId: string) {
  const user = await requireUser();
  // expect: unscoped-tenant-query
  const project = await db.query.projects.findFirst({ where: eq(projects.id, projectId) });
  if (!project) return { error: 'not found' };
  await db.update(projects).set({ archived: true }).where(eq(projects.id, project.id));
  revalidatePath('/team');
  return { ok: true, by: user.id };
}
