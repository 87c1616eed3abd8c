import { fail, redirect } from '@sveltejs/kit';
import { lucia } from '$lib/server/auth';
import type { Actions } from './$types';

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async ({ locals, cookies }) => {
    if (!locals.session) return fail(401);
    await lucia.invalidateSession(locals.session.id);
    const blank = lucia.createBlankSessionCookie();
    // ok: insecure-cookie
    cookies.set(blank.name, blank.value, { path: '.', ...blank.attributes });
    redirect(303, '/login');
  },
};
