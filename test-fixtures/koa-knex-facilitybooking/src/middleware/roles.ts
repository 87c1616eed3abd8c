import type { Middleware } from 'koa';

export const requireRole = (...roles: string[]): Middleware => async (ctx, next) => {
  const role = ctx.state.user?.role;
  if (!role || !roles.includes(role)) {
    ctx.throw(403, 'insufficient role');
  }
  await next();
};
