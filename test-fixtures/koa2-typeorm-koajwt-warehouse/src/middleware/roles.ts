import type { Context, Next } from 'koa';

export function requireRole(...roles: string[]) {
  return async (ctx: Context, next: Next) => {
    const role = ctx.state.user?.role;
    if (!role || !roles.includes(role)) {
      ctx.throw(403, 'insufficient role');
    }
    await next();
  };
}

export function isManager(ctx: Context): boolean {
  return ctx.state.user?.role === 'manager' || ctx.state.user?.role === 'admin';
}
