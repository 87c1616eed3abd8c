import { defineMiddleware, sequence } from 'astro:middleware';
import { SESSION_COOKIE, validateSessionToken, setSessionTokenCookie } from '../lib/session';

const timing = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const response = await next();
  response.headers.set('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  return response;
});

// Loads the signed-in user for pages, endpoints and actions; each of them decides what it needs.
const session = defineMiddleware(async (context, next) => {
  const token = context.cookies.get(SESSION_COOKIE)?.value ?? null;
  if (!token) {
    context.locals.user = null;
    context.locals.session = null;
    return next();
  }
  const { session, user } = await validateSessionToken(token);
  if (session) setSessionTokenCookie(context, token, session.expiresAt);
  else context.cookies.delete(SESSION_COOKIE, { path: '/' });
  context.locals.session = session;
  context.locals.user = user;
  return next();
});

export const onRequest = sequence(timing, session);
