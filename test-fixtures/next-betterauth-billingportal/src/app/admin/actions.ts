'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db, user } from '@/db';
import { requireAdmin, requireUser } from '@/lib/session';

// expect: missing-role-check, missing-input-validation
export async function setUserRole(userId: string, role: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await db.update(user).set({ role }).where(eq(user.id, userId));
  revalidatePath('/admin/users');
}

// ok: missing-role-check, missing-auth
export async function verifyUserEmail(userId: string) {
  await requireAdmin();
  await db.update(user).set({ emailVerified: true }).where(eq(user.id, userId));
  revalidatePath('/admin/users');
}
