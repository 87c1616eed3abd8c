'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';

// Only staff reach /dashboard/admin (the middleware redirects everyone else).
// ok: missing-auth, missing-role-check
// expect: missing-input-validation
export async function setUserRole(userId: number, role: 'client' | 'staff') {
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(eq(users.id, userId));
  revalidatePath('/dashboard/admin/users');
}
