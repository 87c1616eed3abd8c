'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, claims, comments } from '@/lib/db';
import { requireUser } from '@/lib/session';

const draftSchema = z.object({
  title: z.string().min(1).max(120),
  amountCents: z.coerce.number().int().positive(),
  currency: z.string().length(3).default('EUR'),
});

// ok: missing-auth, missing-input-validation
export async function createDraft(formData: FormData) {
  const user = await requireUser();
  const input = draftSchema.parse(Object.fromEntries(formData));
  await db.insert(claims).values({ ...input, orgId: user.orgId, submitterId: user.id });
  revalidatePath('/claims');
}

// ok: missing-auth, missing-input-validation
export async function submitClaim(claimId: string) {
  const user = await requireUser();
  // ok: unscoped-tenant-query
  await db
    .update(claims)
    .set({ status: 'submitted' })
    .where(and(eq(claims.id, claimId), eq(claims.orgId, user.orgId), eq(claims.submitterId, user.id)));
  revalidatePath('/claims');
}

// ok: missing-auth
export async function discardClaim(claimId: string) {
  await requireUser();
  // expect: unscoped-tenant-query
  await db.delete(claims).where(and(eq(claims.id, claimId), eq(claims.status, 'draft')));
  revalidatePath('/claims');
}

// expect: missing-input-validation
export async function renameClaim(formData: FormData) {
  const user = await requireUser();
  const id = String(formData.get('id'));
  const title = String(formData.get('title'));
  // ok: unscoped-tenant-query
  await db.update(claims).set({ title }).where(and(eq(claims.id, id), eq(claims.orgId, user.orgId)));
  revalidatePath(`/claims/${id}`);
}

// expect: missing-auth, missing-input-validation
export async function addComment(claimId: string, orgId: string, body: string) {
  await db.insert(comments).values({ claimId, orgId, body });
  revalidatePath(`/claims/${claimId}`);
}
