'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/current-user';
import { prisma } from '@/lib/prisma';

const RoleInput = z.object({ userId: z.string().cuid(), role: z.enum(['AGENT', 'ADMIN']) });

// expect: missing-role-check
export async function setUserRole(input: { userId: string; role: 'AGENT' | 'ADMIN' }) {
  const me = await requireUser();
  const { userId, role } = RoleInput.parse(input);
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: userId, organizationId: me.organizationId }, data: { role } });
  revalidatePath('/admin/users');
}

// ok: missing-role-check
export async function removeUser(userId: string) {
  const me = await requireUser();
  if (me.role !== 'ADMIN') throw new Error('Forbidden');
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: userId, organizationId: me.organizationId } });
  revalidatePath('/admin/users');
}
