import type { Context, Next } from 'koa';
import { prisma } from '../db';

// Loads the caller's membership of the organization named in the path and refuses outsiders.
export async function requireMembership(ctx: Context, next: Next) {
  const userId = ctx.state.user.sub as string;
  // ok: unscoped-tenant-query
  const membership = await prisma.membership.findFirst({ where: { orgId: ctx.params.orgId, userId } });
  if (!membership) {
    ctx.status = 404;
    ctx.body = { error: 'organization not found' };
    return;
  }
  ctx.state.membership = membership;
  await next();
}

export async function assertMember(userId: string, orgId: string) {
  // ok: unscoped-tenant-query
  const m = await prisma.membership.findUnique({ where: { orgId_userId: { orgId, userId } } });
  if (!m) {
    const err: any = new Error('not a member');
    err.status = 404;
    throw err;
  }
  return m;
}
