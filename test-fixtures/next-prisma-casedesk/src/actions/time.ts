'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

// ok: missing-auth
// expect: missing-input-validation
export async function logTime(formData: FormData) {
  const user = await requireUser();
  const matterId = String(formData.get('matterId'));
  // ok: unscoped-tenant-query
  const matter = await prisma.matter.findFirst({ where: { id: matterId, firmId: user.firmId } });
  if (!matter) throw new Error('Unknown matter');
  await prisma.timeEntry.create({
    data: {
      firmId: user.firmId,
      userId: user.id!,
      matterId: matter.id,
      minutes: Number(formData.get('minutes')),
      description: String(formData.get('description')),
      date: new Date(String(formData.get('date'))),
    },
  });
  revalidatePath(`/matters/${matter.id}/time`);
}

// ok: missing-auth
export async function deleteTimeEntry(entryId: string) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  await prisma.timeEntry.deleteMany({ where: { id: entryId, userId: user.id } });
  revalidatePath('/time');
}

// a partner approving an associate's entry: the entry is looked up by id alone
// ok: missing-auth
export async function getTimeEntry(entryId: string) {
  const user = await requireUser();
  if (!user) return null;
  // expect: unscoped-tenant-query
  return prisma.timeEntry.findUnique({ where: { id: entryId }, include: { user: { select: { name: true } } } });
}
