import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import type { AppEnv } from '../types';

// the secret is a Worker binding, so the middleware is built per request
export const requireUser = createMiddleware<AppEnv>((c, next) => {
  const guard = jwt({ secret: c.env.JWT_SECRET, cookie: 'auth_token' });
  return guard(c, next);
});

export const requireRole = (...roles: string[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.get('jwtPayload');
    if (!roles.includes(role)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });

export async function hashPassword(password: string, salt: string) {
  const data = new TextEncoder().encode(`${salt}:${password}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
