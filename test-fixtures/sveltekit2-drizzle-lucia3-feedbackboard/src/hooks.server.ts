import { error, redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { lucia } from '$lib/server/auth';

const authHandle: Handle = async ({ event, resolve }) => {
  const sessionId = event.cookies.get(lucia.sessionCookieName);
  if (!sessionId) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }
  const { session, user } = await lucia.validateSession(sessionId);
  if (session && session.fresh) {
    const cookie = lucia.createSessionCookie(session.id);
    // ok: insecure-cookie
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
  }
  if (!session) {
    // expect: token-logging
    console.warn('stale session cookie', sessionId);
    const cookie = lucia.createBlankSessionCookie();
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
  }
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

const appGuard: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/app') && !event.locals.user) {
    redirect(303, `/login?next=${encodeURIComponent(event.url.pathname)}`);
  }
  return resolve(event);
};

const adminGuard: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/app/admin') && event.locals.user?.role !== 'admin') {
    error(403, 'Workspace admins only');
  }
  return resolve(event);
};

const publicApiCors: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (event.url.pathname.startsWith('/api/public/')) {
    // ok: cors-wildcard
    response.headers.set('Access-Control-Allow-Origin', '*');
  }
  return response;
};

export const handle = sequence(authHandle, appGuard, adminGuard, publicApiCors);

export const handleError: HandleServerError = async ({ error, event }) => {
  console.error('unhandled error on', event.url.pathname, error);
  // expect: error-details-leak
  return { message: (error as Error).message ?? 'Internal error' };
};
