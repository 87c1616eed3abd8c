import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { db } from '../db/index.js';
import { member } from '../db/schema.js';
import type { AppEnv, OrgRole } from '../types.js';

/** Requires an active organization on the Better Auth session and exposes it as c.get('orgId'). */
export const requireActiveOrg = createMiddleware<AppEnv>(async (c, next) => {
  const session = c.get('session');
  if (!session) return c.json({ error: 'Unauthorized' }, 401);
  if (!session.activeOrganizationId) return c.json({ error: 'Select an organization first' }, 400);
  c.set('orgId', session.activeOrganizationId);
  await next();
});

/** The caller's active organization (only behind requireActiveOrg). */
export const orgIdOf = (c: Context<AppEnv>) => c.get('session')!.activeOrganizationId!;

export function requireOrgRole(...roles: OrgRole[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    const orgId = c.get('session')?.activeOrganizationId;
    if (!user || !orgId) return c.json({ error: 'Unauthorized' }, 401);
    const [membership] = await db
      .select()
      .from(member)
      .where(and(eq(member.organizationId, orgId), eq(member.userId, user.id)))
      .limit(1);
    if (!membership || !roles.includes(membership.role as OrgRole)) {
      return c.json({ error: 'Forbidden' }, 403);
    }
    c.set('membership', membership);
    await next();
  });
}

/** Platform staff (Better Auth admin plugin role). */
export const requirePlatformAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const user = c.get('user');
  if (!user) return c.json({ error: 'Unauthorized' }, 401);
  if (user.role !== 'admin') return c.json({ error: 'Forbidden' }, 403);
  await next();
});
