import Router from '@koa/router';
import { prisma } from '../db';

export const meRouter = new Router();

meRouter.get('/', async (ctx) => {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: ctx.state.user.sub },
    select: { id: true, email: true, name: true, memberships: { select: { orgId: true, role: true } } },
  });
  ctx.body = user;
});

// expect: missing-input-validation
meRouter.patch('/', async (ctx) => {
  const { name, email } = ctx.request.body as { name?: string; email?: string };
  ctx.body = await prisma.user.update({ where: { id: ctx.state.user.sub }, data: { name, email } });
});

meRouter.get('/bids', async (ctx) => {
  // ok: unscoped-tenant-query
  const orgIds = (await prisma.membership.findMany({ where: { userId: ctx.state.user.sub } })).map((m) => m.orgId);
  // ok: unscoped-tenant-query
  ctx.body = await prisma.bid.findMany({ where: { orgId: { in: orgIds } }, take: 50 });
});
