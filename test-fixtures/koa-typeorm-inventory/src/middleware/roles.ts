import type { Context, Next } from 'koa';

export type Role = 'owner' | 'manager' | 'clerk';

export const requireRole = (...roles: Role[]) => async (ctx: Context, next: Next) => {
  const user = ctx.state.user as { role?: Role } | undefined;
  if (!user?.role || !roles.includes(user.role)) ctx.throw(403, 'Forbidden');
  await next();
};

// every query of a route can spread this to stay inside the caller's tenant
export const forTenant = (ctx: Context) => ({ tenantId: ctx.state.user.tenantId as string });
