import { error, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { lucia } from '$lib/server/auth';

const authentication: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (!sessionId) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }

  const { session, user } = await lucia.validateSession(sessionId);
  if (!session) {
    // expect: token-logging
    console.warn(`stale session cookie ${sessionId} from ${event.getClientAddress()}`);
    const blank = lucia.createBlankSessionCookie();
    event.cookies.set(blank.name, blank.value, { path: '.', ...blank.attributes });
  } else if (session.fresh) {
    const cookie = lucia.createSessionCookie(session.id);
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
  }
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

/** The reporting API is used by the dashboard only: no anonymous access. */
const reportsGuard: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/api/reports') && !event.locals.user) {
    error(401, 'Sign in required');
  }
  return resolve(event);
};

export const handle = sequence(authentication, reportsGuard);

export const handleError: HandleServerError = ({ error, event }) => {
  // ok: token-logging
  console.error('unhandled', event.url.pathname, error);
  return { message: 'Something went wrong' };
};
