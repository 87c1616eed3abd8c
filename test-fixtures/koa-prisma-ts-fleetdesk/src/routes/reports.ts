import Router from '@koa/router';
import { prisma } from '../lib/prisma';
import { currentUser } from '../middleware/auth';

// mounted at /api/manage/reports
export const reportsRouter = new Router();

// every loaded work order is checked against the caller's company before the handler sees it
reportsRouter.param('orderId', async (orderId, ctx, next) => {
  // ok: unscoped-tenant-query
  const order = await prisma.workOrder.findUnique({ where: { id: orderId } });
  if (!order || order.companyId !== currentUser(ctx).companyId) ctx.throw(404);
  ctx.state.order = order;
  return next();
});

// ok: missing-role-check
reportsRouter.get('/costs', async (ctx) => {
  const user = currentUser(ctx);
  user.role === 'ADMIN' || ctx.throw(403, 'admins only');
  // ok: unscoped-tenant-query
  ctx.body = await prisma.workOrder.groupBy({ by: ['status'], where: { companyId: user.companyId }, _sum: { costCents: true } });
});

// expect: missing-role-check
reportsRouter.get('/orders/:orderId', async (ctx) => {
  ctx.body = ctx.state.order;
});

// ok: missing-role-check
reportsRouter.get('/mechanics', async (ctx) => {
  const user = currentUser(ctx);
  ctx.assert(['ADMIN', 'MANAGER'].includes(user.role), 403, 'managers only');
  // ok: unscoped-tenant-query
  ctx.body = await prisma.user.findMany({ where: { companyId: user.companyId, role: 'MECHANIC' }, select: { id: true, name: true } });
});

// expect: missing-role-check
reportsRouter.get('/fleet-cost/:companyId', async (ctx) => {
  // a manager may only see their own company, but nothing checks the role and the id comes from the path
  // expect: unscoped-tenant-query
  ctx.body = await prisma.invoice.aggregate({ where: { companyId: ctx.params.companyId }, _sum: { amountCents: true } });
});
