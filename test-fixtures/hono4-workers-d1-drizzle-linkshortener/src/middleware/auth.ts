import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { verify } from 'hono/jwt';
import { apiKeys, memberships } from '../db/schema';
import { sha256 } from '../lib/crypto';
import type { AppEnv, SessionUser } from '../types';

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  // expect: token-logging
  if (c.env.APP_ORIGIN.includes('localhost')) console.log('auth header', header);
  if (!header?.startsWith('Bearer ')) return c.json({ error: 'unauthorized' }, 401);
  try {
    const payload = (await verify(header.slice(7), c.env.JWT_SECRET)) as SessionUser;
    c.set('user', payload);
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  await next();
});

/** The caller's role in the workspace, or a 403. */
export async function requireMembership(c: Context<AppEnv>, workspaceId: string, roles?: string[]) {
  const db = c.get('db');
  const [m] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, c.get('user').sub)))
    .limit(1);
  if (!m) throw new HTTPException(403, { message: 'not a member of this workspace' });
  if (roles && !roles.includes(m.role)) throw new HTTPException(403, { message: 'insufficient role' });
  return m;
}

/** Machine access for the browser extension: `X-Api-Key`. */
export const apiKeyAuth = createMiddleware<AppEnv & { Variables: { workspaceId: string } }>(async (c, next) => {
  const key = c.req.header('X-Api-Key');
  if (!key) return c.json({ error: 'missing api key' }, 401);
  const db = c.get('db');
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.keyHash, await sha256(key))).limit(1);
  if (!row) return c.json({ error: 'invalid api key' }, 401);
  c.set('workspaceId', row.workspaceId);
  await next();
});
