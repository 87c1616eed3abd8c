import { error, redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { SESSION_COOKIE, setSessionTokenCookie, validateSessionToken } from '$lib/server/auth';

const authenticate: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(SESSION_COOKIE);
  event.locals.user = null;
  if (token) {
    const result = await validateSessionToken(token);
    if (result) {
      event.locals.user = result.user;
      setSessionTokenCookie(event.cookies, token, result.expiresAt);
    } else {
      event.cookies.delete(SESSION_COOKIE, { path: '/' });
    }
  }
  return resolve(event);
};

const guardPages: Handle = async ({ event, resolve }) => {
  const path = event.url.pathname;
  if (path.startsWith('/requests') || path.startsWith('/settings')) {
    if (!event.locals.user) redirect(303, `/login?next=${encodeURIComponent(path)}`);
  }
  if (path.startsWith('/admin')) {
    if (!event.locals.user) redirect(303, '/login');
    if (!event.locals.user.isPlatformAdmin) error(404, 'Not found');
  }
  return resolve(event);
};

// the supplier portal: every route of the (portal) group needs a signed-in user
const guardPortal: Handle = async ({ event, resolve }) => {
  if (event.route.id?.startsWith('/(portal)') && !event.locals.user) {
    return new Response('Unauthorized', { status: 401 });
  }
  return resolve(event);
};

export const handle = sequence(authenticate, guardPages, guardPortal);
