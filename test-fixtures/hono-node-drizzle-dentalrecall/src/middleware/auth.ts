import { jwt } from 'hono/jwt';
import { createMiddleware } from 'hono/factory';
import { env } from '../env';
import type { AppEnv, Claims } from '../types';

export const requireJwt = jwt({ secret: env.JWT_SECRET, cookie: 'dr_session' });

export function requireRole(...roles: Claims['role'][]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const claims = c.get('jwtPayload');
    if (!roles.includes(claims.role)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    await next();
  });
}
