'use server';

import { and, eq } from 'drizzle-orm';
import { forbidden, unauthorized } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db';
import { campaigns, memberships } from '@/db/schema';
import { currentUser } from '@/lib/auth';

const GoalForm = z.object({ goalCents: z.coerce.number().int().min(100).max(100_000_000) });

// ok: missing-auth, missing-role-check, missing-input-validation
export async function updateGoal(orgId: string, campaignId: string, formData: FormData) {
  const user = await currentUser();
  if (!user) unauthorized();
  const [membership] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, user.id)));
  if (!membership) forbidden();
  if (membership.role !== 'owner' && membership.role !== 'admin') forbidden();
  const { goalCents } = GoalForm.parse({ goalCents: formData.get('goalCents') });
  // ok: unscoped-tenant-query
  await db.update(campaigns).set({ goalCents }).where(and(eq(campaigns.id, campaignId), eq(campaigns.orgId, orgId)));
  revalidatePath(`/dashboard/${orgId}/campaigns/${campaignId}`);
}

// ok: missing-auth
export async function archiveCampaign(campaignId: string) {
  const user = await currentUser();
  if (!user) unauthorized();
  // expect: unscoped-tenant-query
  await db.update(campaigns).set({ status: 'archived' }).where(eq(campaigns.id, campaignId));
  revalidatePath('/dashboard');
}
