import { error, redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import {
  sessionCookieName,
  validateSessionToken,
  setSessionTokenCookie,
  deleteSessionTokenCookie,
} from '$lib/server/auth';

const handleSession: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(sessionCookieName) ?? null;
  if (!token) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }

  const { session, user } = await validateSessionToken(token);
  if (session) {
    setSessionTokenCookie(event, token, session.expiresAt);
    // ok: token-logging
    console.info('session validated', { userId: user.id, path: event.url.pathname });
  } else {
    deleteSessionTokenCookie(event);
  }

  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

const handleGuards: Handle = async ({ event, resolve }) => {
  const { pathname } = event.url;

  if (pathname.startsWith('/app') && !event.locals.user) {
    redirect(303, `/login?redirectTo=${encodeURIComponent(pathname)}`);
  }

  if (pathname.startsWith('/admin')) {
    if (!event.locals.user) redirect(303, '/login');
    if (!event.locals.user.isPlatformAdmin) error(403, 'Platform admins only');
  }

  return resolve(event);
};

export const handle = sequence(handleSession, handleGuards);

export const handleError: HandleServerError = async ({ error: err, event, status }) => {
  const errorId = crypto.randomUUID();
  console.error(errorId, event.url.pathname, status, err);
  return { message: 'Something went wrong', errorId };
};
