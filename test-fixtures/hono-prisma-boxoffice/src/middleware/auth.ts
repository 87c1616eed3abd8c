import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { jwt } from 'hono/jwt';
import { env } from '../env';
import type { AppEnv, Claims } from '../lib/types';

export const requireJwt = jwt({ secret: env.JWT_SECRET, alg: 'HS256' });

export const requireRole = (...roles: Claims['role'][]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const claims = c.get('jwtPayload');
    if (!claims || !roles.includes(claims.role)) {
      return c.json({ error: 'forbidden' }, 403);
    }
    await next();
  });

export const caller = (c: Context<AppEnv>) => c.get('jwtPayload');
