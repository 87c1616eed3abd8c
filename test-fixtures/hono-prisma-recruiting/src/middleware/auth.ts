import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import { jwt } from 'hono/jwt';
import { env } from '../lib/env';

export type Role = 'owner' | 'recruiter' | 'interviewer';
export type TokenPayload = { sub: string; companyId: string; role: Role; exp: number };
export type AppEnv = { Variables: { jwtPayload: TokenPayload } };

export const requireAuth = jwt({ secret: env.JWT_SECRET, cookie: 'session_token' });

export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const payload = c.get('jwtPayload');
    if (!payload || !roles.includes(payload.role)) {
      throw new HTTPException(403, { message: 'You do not have access to this resource' });
    }
    await next();
  });

export function currentUser(c: Context<AppEnv>): TokenPayload {
  return c.get('jwtPayload');
}

export const isOwner = (c: Context<AppEnv>) => currentUser(c).role === 'owner';
