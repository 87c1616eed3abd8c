'use server';

import { and, eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { applications, db, grants } from '@/lib/db';
import { requireMembership, requireUser } from '@/lib/auth';
import { inngest } from '@/inngest/client';

const GrantForm = z.object({
  title: z.string().min(3).max(200),
  funder: z.string().min(2).max(120),
  amountCents: z.coerce.number().int().positive(),
});

// ok: missing-auth, missing-input-validation
export async function createGrant(orgId: string, formData: FormData) {
  const { user } = await requireMembership(orgId, ['owner', 'admin']);
  const input = GrantForm.parse(Object.fromEntries(formData));
  const [grant] = await db.insert(grants).values({ ...input, orgId, createdBy: user.id }).returning();
  await inngest.send({ name: 'grant/created', data: { grantId: grant.id } });
  revalidatePath('/dashboard/grants');
  return { id: grant.id };
}

// signed in, but the grant may belong to any organization
// ok: missing-auth, missing-input-validation
export async function archiveGrant(grantId: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await db.update(grants).set({ status: 'archived' }).where(eq(grants.id, grantId));
  revalidatePath('/dashboard/grants');
}

// ok: missing-auth
// expect: missing-input-validation
export async function updateGrantNotes(orgId: string, grantId: string, notes: string) {
  await requireMembership(orgId);
  // ok: unscoped-tenant-query
  await db.update(grants).set({ notes }).where(and(eq(grants.id, grantId), eq(grants.orgId, orgId)));
  revalidatePath(`/dashboard/grants/${grantId}`);
}

// the middleware turns anonymous visitors of /dashboard away, but nothing scopes the row
// ok: missing-auth, missing-input-validation
export async function markApplicationSeen(applicationId: string) {
  // expect: unscoped-tenant-query
  await db.update(applications).set({ seenAt: new Date() }).where(eq(applications.id, applicationId));
  revalidatePath('/dashboard/grants');
}
