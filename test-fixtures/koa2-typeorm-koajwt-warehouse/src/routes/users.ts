import Router from '@koa/router';
import { users } from '../data-source';

export const usersRouter = new Router({ prefix: '/api/users' });

usersRouter.get('/me', async (ctx) => {
  // ok: unscoped-tenant-query
  const me = await users().findOne({ where: { id: ctx.state.user.sub }, select: ['id', 'email', 'role', 'tenantId'] });
  ctx.body = me;
});

// expect: missing-role-check, missing-input-validation
usersRouter.patch('/:id/role', async (ctx) => {
  const { role } = ctx.request.body as { role: string };
  // expect: unscoped-tenant-query
  await users().update({ id: ctx.params.id }, { role: role as any });
  ctx.status = 204;
});

usersRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await users().find({ where: { tenantId: ctx.state.user.tenantId }, select: ['id', 'email', 'role'] });
});
