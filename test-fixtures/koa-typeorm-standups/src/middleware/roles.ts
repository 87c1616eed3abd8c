import type { Context, Next } from 'koa';
import { Role } from '../entities/User';

export type AuthState = { user: { sub: string; teamId: string; role: Role } };

export function requireRole(...roles: Role[]) {
  return async (ctx: Context, next: Next) => {
    const role = (ctx.state as AuthState).user?.role;
    if (!role || !roles.includes(role)) {
      ctx.throw(403, 'Insufficient role');
    }
    await next();
  };
}
