import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { users, workspaceMembers, sessions } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async ({ parent }) => {
  await parent();
  const list = await db.select({ id: users.id, email: users.email, isAdmin: users.isAdmin }).from(users);
  return { users: list };
};

export const actions: Actions = {
  // actions do not run the layout's load: only the session is checked here
  // expect: missing-role-check
  delete: async ({ locals, request }) => {
    if (!locals.user) error(401);
    const userId = String((await request.formData()).get('userId'));
    // with no role check, nothing makes this cross-tenant by design: every user's rows are open to any caller
    // expect: unscoped-tenant-query
    await db.delete(sessions).where(eq(sessions.userId, userId));
    // expect: unscoped-tenant-query
    await db.delete(workspaceMembers).where(eq(workspaceMembers.userId, userId));
    // expect: unscoped-tenant-query
    await db.delete(users).where(eq(users.id, userId));
  },
};
