import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import type { AppEnv } from '../types';

/** hono/jwt needs the secret from the bindings, so it is built per request. */
export const requireJwt = createMiddleware<AppEnv>((c, next) => {
  const mw = jwt({ secret: c.env.JWT_SECRET, alg: 'HS256', cookie: 'castline_session' });
  return mw(c, next);
});

export const requireRole = (...roles: Array<'owner' | 'editor' | 'staff'>) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const claims = c.get('jwtPayload');
    if (!roles.includes(claims.role)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    await next();
  });
