import { fail, redirect } from '@sveltejs/kit';
import { generateSessionToken, createSession } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Platform staff console: hooks.server.ts lets only platform admins into /admin

// ok: missing-auth, missing-role-check
export const load: PageServerLoad = async () => {
  // ok: unscoped-tenant-query
  const organizations = await db.selectFrom('organizations').selectAll().orderBy('name').execute();
  return { organizations };
};

export const actions: Actions = {
  // ok: missing-auth, missing-role-check
  impersonate: async ({ request, cookies }) => {
    const userId = String((await request.formData()).get('userId') ?? '');
    // ok: unscoped-tenant-query
    const target = await db.selectFrom('users').select(['id']).where('id', '=', userId).executeTakeFirst();
    if (!target) return fail(404, { message: 'No such user' });
    const token = generateSessionToken();
    await createSession(token, target.id);
    // expect: insecure-cookie
    cookies.set('buyflow_impersonation_token', token, { path: '/', httpOnly: false, maxAge: 60 * 30 });
    redirect(303, '/requests');
  },
};
