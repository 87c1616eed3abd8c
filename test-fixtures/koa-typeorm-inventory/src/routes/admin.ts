import Router from 'koa-router';
import { AppDataSource } from '../data-source';
import { User } from '../entity/User';
import { requireRole } from '../middleware/roles';

// owners only: the router-level middleware runs before every route below
export const adminRouter = new Router({ prefix: '/admin' });
adminRouter.use(requireRole('owner'));

// ok: missing-role-check
adminRouter.get('/users', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await AppDataSource.getRepository(User).find({ where: { tenantId: ctx.state.user.tenantId }, select: { id: true, email: true, role: true } });
});

// ok: missing-role-check
adminRouter.delete('/users/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  await AppDataSource.getRepository(User).delete({ id: ctx.params.id, tenantId: ctx.state.user.tenantId });
  ctx.status = 204;
});

// the newer "manage" screens forgot the role middleware
export const manageRouter = new Router({ prefix: '/manage' });

// a hand-written allowlist test is no schema check
// expect: missing-role-check, missing-input-validation
manageRouter.patch('/users/:id/role', async (ctx) => {
  const role = (ctx.request.body as { role: string }).role;
  if (!['manager', 'clerk'].includes(role)) ctx.throw(400, 'Unknown role');
  // ok: unscoped-tenant-query
  await AppDataSource.getRepository(User).update({ id: ctx.params.id, tenantId: ctx.state.user.tenantId }, { role: role as 'clerk' });
  ctx.status = 204;
});
