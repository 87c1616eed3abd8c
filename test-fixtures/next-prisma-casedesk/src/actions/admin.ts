'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';
import { requireRole } from '@/lib/roles';
import { requireUser } from '@/lib/session';

// ok: missing-auth, missing-role-check
export async function removeMemberAction(userId: string) {
  const admin = await requireRole('ADMIN');
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: userId, firmId: admin.firmId } });
  revalidatePath('/settings/team');
}

// deleting someone's account with only a session check
// ok: missing-auth
// expect: missing-role-check
export async function deleteUserAccount(userId: string) {
  const me = await requireUser();
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: userId, firmId: me.firmId } });
}
