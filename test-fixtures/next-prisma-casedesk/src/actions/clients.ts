'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';

const MergeInput = z.object({ keepId: z.string().cuid(), dropId: z.string().cuid() });

// merging duplicate clients: both ids are the client's, only one is checked against the firm
// ok: missing-auth, missing-input-validation
export const mergeClients = async (input: z.infer<typeof MergeInput>) => {
  const session = await auth();
  if (!session?.user) redirect('/login');
  const { keepId, dropId } = MergeInput.parse(input);
  // ok: unscoped-tenant-query
  const keep = await prisma.client.findFirst({ where: { id: keepId, firmId: session.user.firmId } });
  if (!keep) throw new Error('Unknown client');
  await prisma.$transaction([
    // expect: unscoped-tenant-query
    prisma.matter.updateMany({ where: { clientId: dropId }, data: { clientId: keep.id } }),
    // expect: unscoped-tenant-query
    prisma.client.delete({ where: { id: dropId } }),
  ]);
  revalidatePath('/clients');
};

// no session check: the "new client" wizard's autosave
// expect: missing-auth, missing-input-validation
export const saveClientDraft = async (formData: FormData) => {
  await prisma.client.update({ where: { id: String(formData.get('id')) }, data: { name: String(formData.get('name')) } });
};
