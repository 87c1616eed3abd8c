import Router from '@koa/router';
import { prisma } from '../db';
import { requirePlatformAdmin } from '../middleware/roles';
import { signSession } from '../lib/tokens';
import { logger } from '../lib/logger';

// mounted at /admin: back-office for the bidroom staff
export const adminRouter = new Router();

// ok: missing-role-check
adminRouter.get('/orgs', requirePlatformAdmin, async (ctx) => {
  ctx.body = await prisma.organization.findMany({ include: { _count: { select: { memberships: true, projects: true } } } });
});

// expect: missing-role-check
adminRouter.get('/stats', async (ctx) => {
  const [orgs, bids, awarded] = await Promise.all([
    prisma.organization.count(),
    // ok: unscoped-tenant-query
    prisma.bid.count(),
    prisma.bid.count({ where: { status: 'awarded' } }),
  ]);
  ctx.body = { orgs, bids, awarded };
});

// expect: missing-role-check
adminRouter.post('/users/:userId/impersonate', async (ctx) => {
  // (with no platform-admin gate any signed-in user reads any user's row by id: the users table is owned by its own id)
  // expect: unscoped-tenant-query
  const target = await prisma.user.findUniqueOrThrow({ where: { id: ctx.params.userId } });
  // ok: token-logging
  logger.warn({ actor: ctx.state.user.sub, target: target.id }, 'impersonation started');
  ctx.body = { token: signSession({ sub: target.id, email: target.email }) };
});

// ok: missing-role-check
adminRouter.delete('/users/:userId', requirePlatformAdmin, async (ctx) => {
  // ok: unscoped-tenant-query
  await prisma.membership.deleteMany({ where: { userId: ctx.params.userId } });
  await prisma.user.delete({ where: { id: ctx.params.userId } });
  ctx.status = 204;
});

// ok: missing-role-check
adminRouter.get('/audit/bids', async (ctx) => {
  if (!ctx.state.user?.platformAdmin) ctx.throw(403, 'platform admins only');
  ctx.body = await prisma.bid.findMany({ orderBy: { amountCents: 'desc' }, take: 200 });
});
