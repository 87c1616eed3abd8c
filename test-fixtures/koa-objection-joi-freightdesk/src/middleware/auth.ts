import type { Context, Next } from 'koa';
import koaJwt from 'koa-jwt';
import type { UserRole } from '../models/User.js';

export interface AuthState {
  user: { sub: number; companyId: number; role: UserRole };
}

export const jwtAuth = koaJwt({
  // expect: insecure-jwt
  secret: process.env.JWT_SECRET ?? 'freightdesk-dev-secret',
  algorithms: ['HS256'],
  key: 'user',
});

export function requireRole(...roles: UserRole[]) {
  return async (ctx: Context, next: Next) => {
    const user = (ctx.state as AuthState).user;
    ctx.assert(user && roles.includes(user.role), 403, 'insufficient role');
    await next();
  };
}

export function companyIdOf(ctx: Context): number {
  return (ctx.state as AuthState).user.companyId;
}
