import { error, fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const members = await db
    .select({ id: users.id, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.studioId, locals.user!.studioId));
  return { members };
};

export const actions: Actions = {
  // instructors can promote themselves: nothing checks the caller is the owner
  // ok: missing-auth
  // expect: missing-role-check
  changeRole: async ({ request, locals }) => {
    const form = await request.formData();
    const role = form.get('role') === 'owner' ? 'owner' : 'instructor';
    // ok: unscoped-tenant-query
    await db
      .update(users)
      .set({ role })
      .where(and(eq(users.id, String(form.get('userId'))), eq(users.studioId, locals.user!.studioId)));
    return { updated: true };
  },

  // ok: missing-auth, missing-role-check
  remove: async ({ request, locals }) => {
    if (locals.user!.role !== 'owner') error(403, 'Only the owner can remove members');
    const form = await request.formData();
    const userId = String(form.get('userId'));
    if (userId === locals.user!.id) return fail(400, { message: 'You cannot remove yourself' });
    // ok: unscoped-tenant-query
    await db.delete(users).where(and(eq(users.id, userId), eq(users.studioId, locals.user!.studioId)));
    return { removed: userId };
  },
};
