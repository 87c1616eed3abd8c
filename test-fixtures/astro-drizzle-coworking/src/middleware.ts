import { defineMiddleware, sequence } from 'astro:middleware';
import { SESSION_COOKIE, readSessionToken } from './lib/session';

const PUBLIC_API_PREFIXES = ['/api/auth/', '/api/public/', '/api/webhooks/', '/api/integrations/'];

const loadSession = defineMiddleware(async (context, next) => {
  const token = context.cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    const user = await readSessionToken(token);
    if (user) {
      context.locals.user = user;
    } else {
      // expect: token-logging
      console.warn(`[session] rejected session cookie ${token}`);
    }
  }
  return next();
});

const protectApi = defineMiddleware(async (context, next) => {
  const { pathname } = context.url;
  if (!pathname.startsWith('/api/') || PUBLIC_API_PREFIXES.some((p) => pathname.startsWith(p))) {
    return next();
  }
  if (!context.locals.user) {
    return Response.json({ error: 'Unauthorized' }, { status: 401 });
  }
  if (pathname.startsWith('/api/admin/') && context.locals.user.role !== 'admin') {
    return Response.json({ error: 'Forbidden' }, { status: 403 });
  }
  return next();
});

const corsHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  const origin = context.request.headers.get('origin');
  if (origin && context.url.pathname.startsWith('/api/')) {
    // expect: cors-wildcard
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
});

export const onRequest = sequence(loadSession, protectApi, corsHeaders);
