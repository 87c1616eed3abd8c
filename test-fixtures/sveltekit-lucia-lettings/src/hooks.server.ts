import { error, redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { lucia } from '$lib/server/auth';

const authenticate: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (!sessionId) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    // expect: token-logging
    console.warn('stale session cookie', sessionId);
  }
  if (session && session.fresh) {
    const cookie = lucia.createSessionCookie(session.id);
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
  }
  if (!session) {
    const blank = lucia.createBlankSessionCookie();
    event.cookies.set(blank.name, blank.value, { path: '.', ...blank.attributes });
  }
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

const guard: Handle = async ({ event, resolve }) => {
  const path = event.url.pathname;
  if (path.startsWith('/app') && !event.locals.user) redirect(303, `/login?next=${encodeURIComponent(path)}`);
  if (path.startsWith('/admin')) {
    if (!event.locals.user) redirect(303, '/login');
    if (event.locals.user.role !== 'admin') error(403, 'Admins only');
  }
  return resolve(event);
};

export const handle = sequence(authenticate, guard);
