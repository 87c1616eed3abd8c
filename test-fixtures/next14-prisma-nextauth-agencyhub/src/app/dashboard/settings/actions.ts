'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

// ok: missing-auth
// expect: missing-input-validation
export async function updateProfile(formData: FormData) {
  const user = await requireUser();
  const data = Object.fromEntries(formData) as Record<string, string>;
  await prisma.user.update({ where: { id: user.id }, data });
  revalidatePath('/dashboard/settings');
}
