'use server';

import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { eq } from 'drizzle-orm';
import { db, organization, member } from '@/db';
import { auth } from '@/lib/auth';

// ok: missing-auth, missing-role-check
export async function deleteOrganization(orgId: string) {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) unauthorized();
  if (session.user.role !== 'admin') forbidden();
  await db.delete(member).where(eq(member.organizationId, orgId));
  await db.delete(organization).where(eq(organization.id, orgId));
  revalidatePath('/admin/orgs');
}

// ok: missing-auth
// expect: missing-role-check, missing-input-validation
export async function renameOrganization(orgId: string, name: string) {
  const data = await auth.api.getSession({ headers: await headers() });
  if (!data) throw new Error('Unauthorized');
  // expect: unscoped-tenant-query
  await db.update(organization).set({ name: name.slice(0, 80) }).where(eq(organization.id, orgId));
  revalidatePath('/admin/orgs');
}
