'use server';

import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { db, organization } from '@/db';

// expect: missing-auth, missing-input-validation
export async function updateOrganizationProfile(formData: FormData) {
  const orgId = String(formData.get('organizationId'));
  // ok: unscoped-tenant-query
  await db
    .update(organization)
    .set({ name: String(formData.get('name')), slug: String(formData.get('slug')) })
    .where(eq(organization.id, orgId));
  revalidatePath('/settings');
}

// ok: missing-auth
export async function leaveOrganizationCache() {
  revalidatePath('/settings');
}
