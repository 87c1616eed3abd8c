'use server';

import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '@/db';
import { requireAdmin, requireSession } from '@/lib/session';

const RoleInput = z.object({ userId: z.string().uuid(), role: z.enum(['user', 'admin']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export async function setPlatformRole(input: { userId: string; role: string }) {
  await requireAdmin();
  const { userId, role } = RoleInput.parse(input);
  await db.update(users).set({ role }).where(eq(users.id, userId));
  revalidatePath('/admin/users');
}

// expect: missing-role-check
// ok: missing-auth
export async function banUser(userId: string) {
  await requireSession();
  // expect: unscoped-tenant-query
  await db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, userId));
  revalidatePath('/admin/users');
}
