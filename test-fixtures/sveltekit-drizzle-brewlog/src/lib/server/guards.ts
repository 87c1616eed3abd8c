import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, memberships } from './db';

export type OrgRole = 'owner' | 'brewer' | 'viewer';

export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>) {
  const user = event.locals.user;
  if (!user) {
    if (event.url.pathname.startsWith('/api/')) error(401, 'Sign in required');
    redirect(303, `/login?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  }
  return user;
}

/** Loads the caller's membership of an organization; 404s when there is none or the role is not allowed. */
export async function requireMembership(userId: string, orgId: string, roles?: OrgRole[]) {
  // ok: unscoped-tenant-query
  const membership = await db.query.memberships.findFirst({
    where: and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)),
  });
  if (!membership) error(404, 'Organization not found');
  if (roles && !roles.includes(membership.role)) error(403, 'You do not have permission to do that');
  return membership;
}
