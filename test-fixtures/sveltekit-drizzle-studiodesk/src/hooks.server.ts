import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import * as auth from '$lib/server/auth';

const session: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get(auth.sessionCookieName);
  if (!token) {
    event.locals.user = null;
    event.locals.session = null;
    return resolve(event);
  }
  const { session, user } = await auth.validateSessionToken(token);
  if (session) auth.setSessionTokenCookie(event, token, session.expiresAt);
  else auth.deleteSessionTokenCookie(event);
  event.locals.user = user;
  event.locals.session = session;
  return resolve(event);
};

// the desktop widget calls /api from its own origin
const apiCors: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  if (event.url.pathname.startsWith('/api/')) {
    const origin = event.request.headers.get('origin');
    if (origin) {
      // expect: cors-wildcard
      response.headers.set('Access-Control-Allow-Origin', origin);
      response.headers.set('Access-Control-Allow-Credentials', 'true');
    }
  }
  return response;
};

export const handle = sequence(session, apiCors);
