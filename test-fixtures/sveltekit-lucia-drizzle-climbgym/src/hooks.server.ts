import { error, redirect, type Handle } from '@sveltejs/kit';
import { lucia } from '$lib/server/auth';

export const handle: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (!sessionId) {
    event.locals.user = null;
    event.locals.session = null;
  } else {
    const { session, user } = await lucia.validateSession(sessionId);
    if (session && session.fresh) {
      const sessionCookie = lucia.createSessionCookie(session.id);
      // ok: insecure-cookie
      event.cookies.set(sessionCookie.name, sessionCookie.value, { path: '.', ...sessionCookie.attributes });
    }
    if (!session) {
      const sessionCookie = lucia.createBlankSessionCookie();
      // ok: insecure-cookie
      event.cookies.set(sessionCookie.name, sessionCookie.value, { path: '.', ...sessionCookie.attributes });
    }
    event.locals.user = user;
    event.locals.session = session;
  }

  // the owner back office
  if (event.url.pathname.startsWith('/admin')) {
    if (!event.locals.user) redirect(303, '/login');
    if (event.locals.user.role !== 'owner') error(403, 'Owners only');
  }

  return resolve(event);
};
