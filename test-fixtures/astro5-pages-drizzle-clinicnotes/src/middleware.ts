import { defineMiddleware } from 'astro:middleware';
import { SESSION_COOKIE, userForSession } from './lib/session';

// loads the user for every request; each page decides what it needs
export const onRequest = defineMiddleware(async (context, next) => {
  const sid = context.cookies.get(SESSION_COOKIE)?.value;
  context.locals.user = sid ? await userForSession(sid) : null;
  return next();
});
