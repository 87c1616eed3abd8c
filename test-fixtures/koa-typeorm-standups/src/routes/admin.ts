import Router from '@koa/router';
import { teams, users, standups } from '../data-source';
import type { AuthState } from '../middleware/roles';
import { requireRole } from '../middleware/roles';
import { Role } from '../entities/User';

// Instance administration: every team on the server.
export const adminRouter = new Router<AuthState>({ prefix: '/admin' });
adminRouter.use(requireRole(Role.Admin));

// ok: missing-role-check
adminRouter.get('/teams', async (ctx) => {
  // (every signup makes its team's Admin: this lists every team to any team admin)
  // expect: unscoped-tenant-query
  ctx.body = await teams().find({ order: { createdAt: 'DESC' } });
});

// ok: missing-role-check
adminRouter.delete('/users/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  await users().delete({ id: ctx.params.userId, teamId: ctx.state.user.teamId });
  ctx.status = 204;
});

// ok: missing-role-check
adminRouter.get('/usage', async (ctx) => {
  const [teamCount, standupCount] = await Promise.all([teams().count(), standups().count()]);
  ctx.body = { teamCount, standupCount };
});

// Support tooling, registered by the ops team on the main api router.
export const supportRouter = new Router<AuthState>({ prefix: '/admin/support' });

// expect: missing-role-check
supportRouter.post('/users/:userId/reset-role', async (ctx) => {
  // ok: unscoped-tenant-query
  await users().update({ id: ctx.params.userId, teamId: ctx.state.user.teamId }, { role: Role.Member });
  ctx.status = 204;
});
