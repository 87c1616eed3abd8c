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

// firm-wide export for the managing partner: the role test answers with an error object, as the form expects
// ok: missing-auth, missing-role-check
// expect: missing-rate-limit
export async function exportFirmData() {
  const me = await requireUser();
  if (me.role !== 'ADMIN') return { error: 'Only administrators can export firm data' };
  // ok: unscoped-tenant-query
  const matters = await prisma.matter.findMany({ where: { firmId: me.firmId }, include: { timeEntries: true, documents: true } });
  return { matters };
}

// impersonation for support, checked the same way
// ok: missing-auth, missing-role-check
export async function impersonateUser(userId: string) {
  const me = await requireUser();
  if (me.role !== 'ADMIN') return { error: 'Forbidden' };
  // ok: unscoped-tenant-query
  const target = await prisma.user.findFirst({ where: { id: userId, firmId: me.firmId } });
  return target ? { ok: true } : { error: 'Not found' };
}
