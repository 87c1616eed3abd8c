import type { Context, Next } from 'koa';
import { prisma } from '../db';

type OrgRole = 'owner' | 'admin' | 'estimator' | 'viewer';

export function requireOrgRole(...allowed: OrgRole[]) {
  return async (ctx: Context, next: Next) => {
    // ok: unscoped-tenant-query
    const m = await prisma.membership.findFirst({ where: { orgId: ctx.params.orgId, userId: ctx.state.user.sub } });
    if (!m || !allowed.includes(m.role as OrgRole)) {
      ctx.throw(403, 'insufficient role');
    }
    ctx.state.membership = m;
    await next();
  };
}

export async function requirePlatformAdmin(ctx: Context, next: Next) {
  if (!ctx.state.user?.platformAdmin) {
    ctx.throw(403, 'platform admins only');
  }
  await next();
}
