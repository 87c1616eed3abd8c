import type { Middleware } from 'koa';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

export type Role = 'TEACHER' | 'STUDENT' | 'ADMIN';

export interface AuthUser {
  id: string;
  schoolId: string;
  role: Role;
}

declare module 'koa' {
  interface DefaultState {
    user: AuthUser;
  }
}

const ISSUER = 'courses-api';

function loadSecret(): string {
  const secret = process.env.JWT_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('JWT_SECRET must be set to at least 32 characters');
  }
  return secret;
}

const JWT_SECRET = loadSecret();

const claimsSchema = z.object({
  sub: z.string().uuid(),
  schoolId: z.string().uuid(),
  role: z.enum(['TEACHER', 'STUDENT', 'ADMIN']),
});

export function signToken(user: AuthUser): string {
  return jwt.sign({ schoolId: user.schoolId, role: user.role }, JWT_SECRET, {
    subject: user.id,
    issuer: ISSUER,
    algorithm: 'HS256',
    expiresIn: '8h',
  });
}

export const requireAuth: Middleware = async (ctx, next) => {
  const [scheme, token] = ctx.get('Authorization').split(' ');
  if (scheme !== 'Bearer' || !token) {
    // ok: token-logging
    console.log(`[auth] missing bearer token on ${ctx.method} ${ctx.path}`);
    ctx.throw(401, 'Authentication required');
  }

  let payload: unknown;
  try {
    payload = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER });
  } catch (err) {
    // expect: token-logging
    console.log('[auth] token verification failed', ctx.headers.authorization, (err as Error).message);
    ctx.throw(401, 'Invalid or expired token');
  }

  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) {
    ctx.throw(401, 'Invalid or expired token');
  }

  ctx.state.user = {
    id: claims.data.sub,
    schoolId: claims.data.schoolId,
    role: claims.data.role,
  };
  await next();
};
