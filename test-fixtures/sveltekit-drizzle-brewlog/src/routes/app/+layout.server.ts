import { eq } from 'drizzle-orm';
import { db, memberships, organizations } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

// ok: missing-auth
export const load: LayoutServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(memberships.orgId, organizations.id))
    .where(eq(memberships.userId, locals.user!.id));
  return { user: locals.user, orgs };
};
