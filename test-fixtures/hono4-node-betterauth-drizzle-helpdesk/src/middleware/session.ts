import { createMiddleware } from 'hono/factory';
import { and, eq } from 'drizzle-orm';
import { auth } from '../lib/auth.js';
import { db, schema } from '../db/index.js';
import type { AppEnv } from '../lib/types.js';

/** Loads the better-auth session for every request; rejects nobody. */
export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  const result = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('user', result?.user ?? null);
  c.set('session', result?.session ?? null);
  await next();
});

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user') || !c.get('session')?.activeOrganizationId) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});

export const requireOrgRole = (...roles: string[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    const orgId = c.get('session')?.activeOrganizationId;
    if (!user || !orgId) return c.json({ error: 'unauthorized' }, 401);
    const [m] = await db
      .select({ role: schema.member.role })
      .from(schema.member)
      .where(and(eq(schema.member.organizationId, orgId), eq(schema.member.userId, user.id)));
    if (!m || !roles.includes(m.role)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });

/** The caller's active organization (requireUser has run). */
export function orgOf(c: { get: (k: 'session') => AppEnv['Variables']['session'] }): string {
  return c.get('session')!.activeOrganizationId!;
}
