import { getAuth } from '@hono/clerk-auth';
import { createMiddleware } from 'hono/factory';

export type AuthVars = { userId: string; orgId: string | null; orgRole: string | null };

export const requireUser = createMiddleware<{ Variables: AuthVars }>(async (c, next) => {
  const auth = getAuth(c);
  if (!auth?.userId) {
    return c.json({ error: 'unauthorized' }, 401);
  }
  c.set('userId', auth.userId);
  c.set('orgId', auth.orgId ?? null);
  c.set('orgRole', auth.orgRole ?? null);
  await next();
});

export const requireOrgAdmin = createMiddleware<{ Variables: AuthVars }>(async (c, next) => {
  if (c.get('orgRole') !== 'org:admin') {
    return c.json({ error: 'forbidden' }, 403);
  }
  await next();
});

export function requireActiveOrg(c: { get: (k: 'orgId') => string | null }): string {
  const orgId = c.get('orgId');
  if (!orgId) throw new Error('no active organization');
  return orgId;
}
