import { and, eq, isNull } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import { apiKeys } from '../db/schema';
import type { AppEnv, TokenPayload } from '../types';

export const requireJwt = createMiddleware<AppEnv>((c, next) => {
  const guard = jwt({ secret: c.env.JWT_SECRET, cookie: 'fs_token' });
  return guard(c, next);
});

export function requireRole(...roles: TokenPayload['role'][]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const payload = c.get('jwtPayload') as TokenPayload;
    if (!roles.includes(payload.role)) {
      return c.json({ error: 'Forbidden' }, 403);
    }
    await next();
  });
}

async function sha256(value: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const apiKeyAuth = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  if (!header?.startsWith('Bearer ')) {
    return c.json({ error: 'Missing API key' }, 401);
  }
  const db = drizzle(c.env.DB);
  const key = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, await sha256(header.slice(7))), isNull(apiKeys.revokedAt)))
    .get();
  if (!key) {
    return c.json({ error: 'Invalid API key' }, 401);
  }
  c.set('workspaceId', key.workspaceId);
  c.set('apiKeyId', key.id);
  await next();
});
