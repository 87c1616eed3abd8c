import type { Context, Middleware } from 'koa';
import type { Role } from '@prisma/client';

export interface Claims {
  sub: string;
  companyId: string;
  role: Role;
}

export const currentUser = (ctx: Context): Claims => ctx.state.user as Claims;

export function requireRole(...roles: Role[]): Middleware {
  return async (ctx, next) => {
    const user = ctx.state.user as Claims | undefined;
    if (!user) ctx.throw(401, 'authentication required');
    if (!roles.includes(user.role)) ctx.throw(403, 'insufficient role');
    await next();
  };
}
