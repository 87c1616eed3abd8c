import { redirect } from '@sveltejs/kit';
import { invalidateSession, deleteSessionTokenCookie } from '$lib/server/auth';
import type { Actions } from './$types';

export const actions: Actions = {
  // ok: missing-auth
  default: async (event) => {
    if (event.locals.session) await invalidateSession(event.locals.session.id);
    deleteSessionTokenCookie(event);
    redirect(303, '/login');
  },
};
