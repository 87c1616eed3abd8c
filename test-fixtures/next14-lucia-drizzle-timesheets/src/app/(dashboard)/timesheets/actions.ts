'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { timeEntries } from '@/db/schema';
import { validateRequest } from '@/lib/auth';

async function currentUserOrRedirect() {
  const { user } = await validateRequest();
  if (!user) redirect('/login');
  return user;
}

const submitSchema = z.object({ ids: z.array(z.string()).min(1) });

// ok: missing-auth, missing-input-validation
export async function submitWeek(input: { ids: string[] }) {
  const user = await currentUserOrRedirect();
  const { ids } = submitSchema.parse(input);
  // ok: unscoped-tenant-query
  await db
    .update(timeEntries)
    .set({ status: 'submitted' })
    .where(and(inArray(timeEntries.id, ids), eq(timeEntries.userId, user.id)));
  revalidatePath('/timesheets');
}

// ok: missing-auth
export async function deleteEntry(id: string) {
  await currentUserOrRedirect();
  // expect: unscoped-tenant-query
  await db.delete(timeEntries).where(eq(timeEntries.id, id));
  revalidatePath('/timesheets');
}

// ok: missing-auth
// expect: missing-input-validation
export async function updateNote(formData: FormData) {
  const user = await currentUserOrRedirect();
  const id = String(formData.get('id'));
  // ok: unscoped-tenant-query
  await db
    .update(timeEntries)
    .set({ note: formData.get('note') as string })
    .where(and(eq(timeEntries.id, id), eq(timeEntries.teamId, user.teamId)));
  revalidatePath('/timesheets');
}

// managers approve from the review screen
// (the middleware's matcher covers /timesheets, the folder this action is posted to: signed in, but no role and no scoping)
// ok: missing-auth
export async function approveEntries(ids: string[]) {
  // expect: unscoped-tenant-query
  await db.update(timeEntries).set({ status: 'approved' }).where(inArray(timeEntries.id, ids));
  revalidatePath('/timesheets');
}

// ok: missing-auth
export async function refreshTimesheets() {
  revalidatePath('/timesheets');
  redirect('/timesheets');
}
