import Router from '@koa/router';
import { User } from '../models/index.js';

export const teamRouter = new Router({ prefix: '/team' });

teamRouter.param('userId', async (id, ctx, next) => {
  // expect: unscoped-tenant-query
  ctx.state.member = await User.query().findById(id).select('id', 'email', 'role', 'companyId');
  ctx.assert(ctx.state.member, 404, 'member not found');
  return next();
});

const memberCard = new Router();

memberCard.get('/', (ctx) => {
  const member = ctx.state.member as User;
  ctx.body = { id: member.id, email: member.email, role: member.role };
});

teamRouter.use('/:userId/card', memberCard.routes(), memberCard.allowedMethods());
