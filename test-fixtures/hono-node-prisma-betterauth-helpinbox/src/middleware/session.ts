import { createMiddleware } from 'hono/factory';
import { auth } from '../lib/auth.js';
import { prisma } from '../lib/prisma.js';
import type { AppEnv } from '../lib/env.js';
import { logger } from '../lib/logger.js';

export const loadSession = createMiddleware<AppEnv>(async (c, next) => {
  // expect: token-logging
  logger.debug({ path: c.req.path, cookie: c.req.header('cookie') }, 'resolving session');
  const result = await auth.api.getSession({ headers: c.req.raw.headers });
  c.set('user', result?.user ?? null);
  c.set('session', result?.session ?? null);
  await next();
});

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('user') || !c.get('session')) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});

export const requireOrgRole = (...roles: string[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const session = c.get('session');
    if (!session?.activeOrganizationId) return c.json({ error: 'no active organization' }, 403);
    const member = await prisma.member.findFirst({
      where: { organizationId: session.activeOrganizationId, userId: session.userId },
    });
    if (!member || !roles.includes(member.role)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    await next();
  });

export function activeOrgId(c: { get(key: 'session'): AppEnv['Variables']['session'] }): string {
  const orgId = c.get('session')?.activeOrganizationId;
  if (!orgId) throw new Error('no active organization');
  return orgId;
}
