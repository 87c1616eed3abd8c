import { defineMiddleware } from 'astro:middleware';
import { SESSION_COOKIE, validateSession } from './lib/auth';

// Reachable without an account: the sign-in page and its API, the health probe, provider webhooks.
const PUBLIC_ROUTES = ['/login', '/api/auth/login', '/api/auth/logout', '/api/health'];

export const onRequest = defineMiddleware(async (context, next) => {
  const sessionId = context.cookies.get(SESSION_COOKIE)?.value;
  context.locals.user = sessionId ? await validateSession(sessionId) : null;

  const { pathname } = context.url;
  if (PUBLIC_ROUTES.includes(pathname) || pathname.startsWith('/api/webhooks/')) {
    return next();
  }

  if (pathname.startsWith('/api/') && !context.locals.user) {
    return new Response(JSON.stringify({ error: 'Not signed in' }), { status: 401 });
  }
  if (pathname.startsWith('/portal') && !context.locals.user) {
    return context.redirect(`/login?next=${encodeURIComponent(pathname)}`);
  }
  // agency staff only (clients never get this role)
  if (pathname.startsWith('/api/admin') && context.locals.user?.role !== 'staff') {
    return new Response('Forbidden', { status: 403 });
  }

  return next();
});
