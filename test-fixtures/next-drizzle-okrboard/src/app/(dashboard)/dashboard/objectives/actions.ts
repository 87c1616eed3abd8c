'use server';

import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db, keyResults, objectives } from '@/db';
import { requireOrg } from '@/lib/session';

const ObjectiveForm = z.object({
  title: z.string().min(3).max(140),
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/),
});

// ok: missing-auth, missing-input-validation
export async function createObjective(formData: FormData) {
  const { orgId, userId } = await requireOrg();
  const input = ObjectiveForm.parse(Object.fromEntries(formData));
  await db.insert(objectives).values({ id: randomUUID(), organizationId: orgId, ownerId: userId, ...input });
  revalidatePath('/dashboard/objectives');
}

// ok: missing-auth, missing-input-validation
export async function archiveObjective(objectiveId: string) {
  await requireOrg();
  // expect: unscoped-tenant-query
  await db.update(objectives).set({ archived: true }).where(eq(objectives.id, objectiveId));
  revalidatePath('/dashboard/objectives');
}

// expect: missing-input-validation
// ok: missing-auth
export async function renameObjective(objectiveId: string, title: string) {
  const { orgId } = await requireOrg();
  // ok: unscoped-tenant-query
  await db
    .update(objectives)
    .set({ title })
    .where(and(eq(objectives.id, objectiveId), eq(objectives.organizationId, orgId)));
  revalidatePath('/dashboard/objectives');
}

// ok: missing-auth
export async function deleteKeyResult(keyResultId: string) {
  // expect: unscoped-tenant-query
  await db.delete(keyResults).where(eq(keyResults.id, keyResultId));
  revalidatePath('/dashboard/objectives');
}

// ok: missing-auth
export async function moveObjective(objectiveId: string, quarter: string) {
  const { orgId } = await requireOrg();
  try {
    const q = z.string().regex(/^\d{4}-Q[1-4]$/).parse(quarter);
    // ok: unscoped-tenant-query
    await db.update(objectives).set({ quarter: q }).where(and(eq(objectives.id, objectiveId), eq(objectives.organizationId, orgId)));
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { ok: false, error: (e as Error).message };
  }
}
