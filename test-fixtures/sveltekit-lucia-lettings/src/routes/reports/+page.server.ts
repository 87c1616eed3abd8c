import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, leases } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  if (!user) redirect(303, '/login');
  // ok: unscoped-tenant-query
  const rows = await db.select().from(leases).where(eq(leases.orgId, user.orgId));
  return { leases: rows };
};
