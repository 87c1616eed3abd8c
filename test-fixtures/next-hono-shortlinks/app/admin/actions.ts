'use server';

import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth';

async function requireAdmin() {
  const session = await getSession();
  if (!session?.user) throw new Error('Unauthorized');
  if (session.user.role !== 'admin') throw new Error('Forbidden');
  return session;
}

// instance admins manage every account
export async function banUser(userId: string) {
  await requireAdmin();
  // ok: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) throw new Error('User not found');
  await prisma.user.update({ where: { id: user.id }, data: { bannedAt: new Date() } });
}
