'use server';

import { revalidatePath } from 'next/cache';
import { withAuth } from '@workos-inc/authkit-nextjs';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, campaigns } from '@/lib/db';
import { requireOrgAdmin, requireStaff } from '@/lib/auth/staff';

// ok: missing-auth, missing-input-validation
export async function publishCampaign(campaignId: string) {
  const id = z.string().uuid().parse(campaignId);
  const { orgId } = await requireStaff();
  // ok: unscoped-tenant-query
  await db.update(campaigns).set({ status: 'published' }).where(and(eq(campaigns.id, id), eq(campaigns.orgId, orgId)));
  revalidatePath('/dashboard/campaigns');
}

// ok: missing-auth
export async function closeCampaign(formData: FormData) {
  await withAuth({ ensureSignedIn: true });
  const id = String(formData.get('campaignId'));
  // expect: unscoped-tenant-query
  await db.update(campaigns).set({ status: 'closed' }).where(eq(campaigns.id, id));
  revalidatePath('/dashboard/campaigns');
}

// ok: missing-auth, missing-role-check
export async function deleteDraft(campaignId: string) {
  const admin = await requireOrgAdmin();
  // ok: unscoped-tenant-query
  await db.delete(campaigns).where(and(eq(campaigns.orgId, admin.orgId), eq(campaigns.id, campaignId), eq(campaigns.status, 'draft')));
  revalidatePath('/dashboard/campaigns');
}
