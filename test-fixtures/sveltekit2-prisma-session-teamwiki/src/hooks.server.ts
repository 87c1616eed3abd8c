import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth';

const session: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE) ?? null;
  if (!token) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }
  const { session, user } = await validateSessionToken(token);
  event.locals.session = session;
  event.locals.user = user;
  return resolve(event);
};

/** Everything under /app is for signed-in team members. */
const guard: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/app') && !event.locals.user) {
    redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  }
  return resolve(event);
};

export const handle = sequence(session, guard);
