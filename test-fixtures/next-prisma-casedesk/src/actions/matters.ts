'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';
import { authActionClient } from '@/lib/safe-action';

const NewMatter = z.object({
  title: z.string().min(3).max(200),
  clientId: z.string().cuid(),
});

// ok: missing-auth, missing-input-validation
export const createMatter = authActionClient.inputSchema(NewMatter).action(async ({ parsedInput, ctx }) => {
  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: parsedInput.clientId, firmId: ctx.user.firmId } });
  if (!client) throw new Error('Unknown client');
  const matter = await prisma.matter.create({ data: { title: parsedInput.title, clientId: client.id, firmId: ctx.user.firmId } });
  revalidatePath('/matters');
  return { id: matter.id };
});

// ok: missing-auth
export async function listMatters() {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  return prisma.matter.findMany({ where: { firmId: user.firmId, archived: false }, orderBy: { title: 'asc' } });
}

// ok: missing-auth
export async function getMatter(matterId: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  return prisma.matter.findUnique({ where: { id: matterId }, include: { client: true, documents: true } });
}

// ok: missing-auth, missing-input-validation
export async function archiveMatter(formData: FormData) {
  const user = await requireUser();
  const id = String(formData.get('matterId'));
  // ok: unscoped-tenant-query
  await prisma.matter.updateMany({ where: { id, firmId: user.firmId }, data: { archived: true } });
  revalidatePath('/matters');
}

// ok: missing-auth
// expect: missing-input-validation
export async function updateMatterNotes(matterId: string, notes: string) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  const matter = await prisma.matter.findFirst({ where: { id: matterId, firmId: user.firmId } });
  if (!matter) throw new Error('Not found');
  await prisma.matter.update({ where: { id: matter.id }, data: { notes } });
  revalidatePath(`/matters/${matter.id}`);
}

// ok: missing-auth
export async function getMatterDocument(documentId: string) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.firmId !== user.firmId) {
    return null;
  }
  return doc;
}
