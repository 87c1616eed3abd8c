import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { validateSession, SESSION_COOKIE } from '$lib/server/session';

const session: Handle = async ({ event, resolve }) => {
  const sid = event.cookies.get(SESSION_COOKIE);
  event.locals.user = sid ? await validateSession(sid) : null;
  return resolve(event);
};

const requestLog: Handle = async ({ event, resolve }) => {
  const started = performance.now();
  const response = await resolve(event);
  // ok: token-logging
  console.info(`${event.request.method} ${event.url.pathname} ${response.status} ${Math.round(performance.now() - started)}ms user=${event.locals.user?.id ?? '-'}`);
  return response;
};

/** The team API is only for the signed-in dashboard. */
const teamApiGuard: Handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/api/team/') && !event.locals.user) {
    return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401, headers: { 'content-type': 'application/json' } });
  }
  return resolve(event);
};

export const handle = sequence(session, requestLog, teamApiGuard);

export const handleError: HandleServerError = ({ error, event }) => {
  console.error('unhandled error on', event.url.pathname, error);
  // expect: error-details-leak
  return { message: (error as Error)?.message ?? 'Internal error' };
};
