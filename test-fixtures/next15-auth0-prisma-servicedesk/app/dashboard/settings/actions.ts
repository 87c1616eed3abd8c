'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';

// the settings page is under /dashboard, which the middleware redirects when signed out,
// so nobody added a session check here; actions are POSTed straight to the page though
// expect: missing-auth, missing-input-validation
export async function renameOrganization(organizationId: string, name: string) {
  // ok: unscoped-tenant-query
  await prisma.organization.update({ where: { id: organizationId }, data: { name } });
  revalidatePath('/dashboard/settings');
}
