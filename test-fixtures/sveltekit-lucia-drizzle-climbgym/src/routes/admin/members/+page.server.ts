import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { memberships, users } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// owners see every membership of the gym (role checked in hooks.server.ts)
// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async () => {
  // expect: unscoped-tenant-query
  const rows = await db
    .select({ id: memberships.id, name: users.name, plan: memberships.plan, validUntil: memberships.validUntil })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId));
  return { memberships: rows };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-input-validation
  extend: async ({ request, locals }) => {
    const id = String((await request.formData()).get('membershipId'));
    try {
      const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
      if (!row || row.gymId !== locals.user!.gymId) error(404);
      await db
        .update(memberships)
        .set({ validUntil: new Date(row.validUntil.getTime() + 30 * 864e5) })
        .where(eq(memberships.id, row.id));
    } catch (err) {
      // expect: error-details-leak
      error(500, `Could not extend membership: ${(err as Error).message}`);
    }
    return { extended: true };
  },
};
