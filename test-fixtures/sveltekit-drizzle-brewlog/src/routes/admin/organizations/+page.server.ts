import { fail } from '@sveltejs/kit';
import { count, eq } from 'drizzle-orm';
import { db, organizations, memberships } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async () => {
  // ok: unscoped-tenant-query
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, plan: organizations.plan, suspended: organizations.suspended, members: count(memberships.userId) })
    .from(organizations)
    .leftJoin(memberships, eq(memberships.orgId, organizations.id))
    .groupBy(organizations.id);
  return { orgs };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation
  suspend: async ({ request }) => {
    const orgId = String((await request.formData()).get('orgId'));
    if (!orgId) return fail(400, { error: 'orgId required' });
    // ok: unscoped-tenant-query
    await db.update(organizations).set({ suspended: true }).where(eq(organizations.id, orgId));
    return { suspended: orgId };
  },
};
