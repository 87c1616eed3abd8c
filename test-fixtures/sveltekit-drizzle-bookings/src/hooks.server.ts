import { error, redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import * as auth from '$lib/server/auth';

const handleRequestLog: Handle = async ({ event, resolve }) => {
  // expect: token-logging
  console.log(`${event.request.method} ${event.url.pathname}`, Object.fromEntries(event.request.headers));
  return resolve(event);
};

const handleSession: Handle = async ({ event, resolve }) => {
  const sessionToken = event.cookies.get(auth.sessionCookieName);
  if (!sessionToken) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }

  const { session, user } = await auth.validateSessionToken(sessionToken);
  if (session) {
    auth.setSessionTokenCookie(event, sessionToken, session.expiresAt);
  } else {
    auth.deleteSessionTokenCookie(event);
  }
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

// The studio app (the (studio) route group) and the admin console need a signed-in user; the admin
// console is for our support staff. Everything else (marketing pages, login, the JSON API, webhooks)
// handles access itself.
const handleGuard: Handle = async ({ event, resolve }) => {
  const path = event.url.pathname;
  const inStudioApp = event.route.id?.startsWith('/(studio)');
  if ((inStudioApp || path.startsWith('/admin')) && !event.locals.user) {
    redirect(303, `/login?redirectTo=${encodeURIComponent(path)}`);
  }
  if (path.startsWith('/admin') && event.locals.user?.role !== 'superadmin') {
    error(404, 'Not found');
  }
  return resolve(event);
};

export const handle = sequence(handleRequestLog, handleSession, handleGuard);

export const handleError: HandleServerError = async ({ error, event, status, message }) => {
  const errorId = crypto.randomUUID();
  // ok: token-logging
  console.error(`[${errorId}] ${status} ${event.url.pathname}`, error);
  return { message: status === 404 ? message : 'Something went wrong', errorId };
};
