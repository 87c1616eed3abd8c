import { createMiddleware } from '@tanstack/react-start';
import { getRequestHeaders } from '@tanstack/react-start/server';
import { redirect } from '@tanstack/react-router';
import { auth } from '../lib/auth';

/** Every server function that touches customer data runs behind this one. */
export const authMiddleware = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  const session = await auth.api.getSession({ headers: getRequestHeaders() });
  if (!session) throw redirect({ to: '/login' });
  return next({
    context: { user: session.user, organizationId: session.session.activeOrganizationId as string },
  });
});

/** Workspace settings and billing: owners only. */
export const ownerMiddleware = createMiddleware({ type: 'function' })
  .middleware([authMiddleware])
  .server(async ({ next, context }) => {
    if (context.user.role !== 'owner') throw new Error('Forbidden');
    return next();
  });

/** Server routes (the JSON API used by the mobile app) authenticate the same way. */
export const apiAuth = createMiddleware().server(async ({ next, request }) => {
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session) return new Response('Unauthorized', { status: 401 });
  return next({ context: { user: session.user, organizationId: session.session.activeOrganizationId as string } });
});

export const requestTiming = createMiddleware().server(async ({ next, request }) => {
  const started = Date.now();
  const result = await next();
  console.info(`${request.method} ${new URL(request.url).pathname} ${Date.now() - started}ms`);
  return result;
});
