import Router from '@koa/router';
import { AppDataSource, users, orders } from '../data-source';
import { Tenant } from '../entities/Tenant';
import { requireRole } from '../middleware/roles';

// platform admin area: every route behind requireRole('admin')
export const adminRouter = new Router({ prefix: '/api/admin' });
adminRouter.use(requireRole('admin'));

// ok: missing-role-check
adminRouter.get('/users', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await users().find({ where: { tenantId: ctx.state.user.tenantId }, select: ['id', 'email', 'role'] });
});

// ok: missing-role-check
adminRouter.delete('/users/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await users().delete({ id: ctx.params.id });
  ctx.status = 204;
});

// reporting area for the tenant's managers
export const manageRouter = new Router({ prefix: '/api/manage' });

// expect: missing-role-check
manageRouter.get('/tenant', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await AppDataSource.getRepository(Tenant).findOneBy({ id: ctx.state.user.tenantId });
});

// ok: missing-role-check
manageRouter.get('/backlog', async (ctx) => {
  if (ctx.state.user.role !== 'manager' && ctx.state.user.role !== 'admin') {
    ctx.status = 403;
    ctx.body = { error: 'managers only' };
    return;
  }
  // ok: unscoped-tenant-query
  ctx.body = await orders().count({ where: { tenantId: ctx.state.user.tenantId, status: 'open' } });
});
