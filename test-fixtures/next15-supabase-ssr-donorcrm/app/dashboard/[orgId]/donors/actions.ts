'use server';

import { and, eq, inArray } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db';
import { donations, donors } from '@/db/schema';
import { requireMembership, requireUser } from '@/lib/auth';

const DonorForm = z.object({
  fullName: z.string().min(1).max(160),
  email: z.string().email().optional().or(z.literal('')),
});

// ok: missing-auth, missing-input-validation
export async function createDonor(orgId: string, formData: FormData) {
  await requireMembership(orgId, ['owner', 'admin', 'fundraiser']);
  try {
    const input = DonorForm.parse(Object.fromEntries(formData));
    await db.insert(donors).values({ orgId, fullName: input.fullName, email: input.email || null });
    revalidatePath(`/dashboard/${orgId}/donors`);
    return { ok: true };
  } catch (e) {
    // expect: error-details-leak
    return { error: e instanceof Error ? e.message : 'Could not save donor' };
  }
}

// expect: missing-input-validation
export async function updateDonorNotes(donorId: string, notes: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await db.update(donors).set({ notes }).where(eq(donors.id, donorId));
  revalidatePath('/dashboard');
}

// ok: missing-auth, missing-input-validation
export async function archiveDonor(orgId: string, donorId: string) {
  await requireMembership(orgId);
  // ok: unscoped-tenant-query
  await db
    .update(donors)
    .set({ archived: true })
    .where(and(eq(donors.id, donorId), eq(donors.orgId, orgId)));
  revalidatePath(`/dashboard/${orgId}/donors`);
}

const MergeForm = z.object({ keepId: z.string().uuid(), mergeIds: z.array(z.string().uuid()).min(1) });

// expect: missing-auth
export async function mergeDonors(input: { keepId: string; mergeIds: string[] }) {
  const { keepId, mergeIds } = MergeForm.parse(input);
  await db.update(donations).set({ donorId: keepId }).where(inArray(donations.donorId, mergeIds));
  await db.delete(donors).where(inArray(donors.id, mergeIds));
  revalidatePath('/dashboard');
}
