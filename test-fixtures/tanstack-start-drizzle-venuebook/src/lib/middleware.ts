import { createMiddleware } from '@tanstack/react-start';
import { getRequestHeaders } from '@tanstack/react-start/server';
import { and, eq } from 'drizzle-orm';
import { auth } from './auth';
import { db, member } from '../db';

/** Server-function middleware: every protected server function lists it first. */
export const authMiddleware = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  const session = await auth.api.getSession({ headers: getRequestHeaders() });
  if (!session?.session.activeOrganizationId) {
    throw new Error('Unauthorized');
  }
  return next({
    context: {
      user: session.user,
      orgId: session.session.activeOrganizationId,
    },
  });
});

/** Only owners and admins of the active organization get past this one. */
export const orgAdminMiddleware = createMiddleware({ type: 'function' })
  .middleware([authMiddleware])
  .server(async ({ next, context }) => {
    const [row] = await db
      .select({ role: member.role })
      .from(member)
      .where(and(eq(member.userId, context.user.id), eq(member.organizationId, context.orgId)));
    if (!row || (row.role !== 'owner' && row.role !== 'admin')) {
      throw new Error('Forbidden');
    }
    return next({ context: { memberRole: row.role } });
  });

/** Loads the session when there is one; public pages use it to personalise. */
export const optionalSession = createMiddleware({ type: 'function' }).server(async ({ next }) => {
  const session = await auth.api.getSession({ headers: getRequestHeaders() });
  return next({ context: { user: session?.user ?? null, orgId: session?.session.activeOrganizationId ?? null } });
});

/** Request middleware for server routes under /api. */
export const apiAuth = createMiddleware().server(async ({ next, request }) => {
  // expect: token-logging
  console.debug('[api] auth', request.method, request.url, request.headers.get('authorization'));
  const session = await auth.api.getSession({ headers: request.headers });
  if (!session?.session.activeOrganizationId) {
    return new Response(JSON.stringify({ error: 'Unauthorized' }), { status: 401 });
  }
  return next({ context: { user: session.user, orgId: session.session.activeOrganizationId } });
});
