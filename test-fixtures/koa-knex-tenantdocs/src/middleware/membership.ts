import type { Context, Next } from 'koa';
import { findMembership } from '../lib/access.js';

// runs for everything under /api/orgs/:orgId
export async function requireMembership(ctx: Context, next: Next) {
  const membership = await findMembership(ctx.params.orgId, ctx.state.user.sub);
  if (!membership) {
    ctx.status = 404;
    ctx.body = { error: 'organization not found' };
    return;
  }
  ctx.state.membership = membership;
  await next();
}

export function requireOrgRole(...roles: string[]) {
  return async (ctx: Context, next: Next) => {
    if (!roles.includes(ctx.state.membership?.role)) {
      ctx.throw(403, 'insufficient role');
    }
    await next();
  };
}

export async function requireSuperuser(ctx: Context, next: Next) {
  if (!ctx.state.user?.su) {
    ctx.status = 403;
    ctx.body = { error: 'staff only' };
    return;
  }
  await next();
}
