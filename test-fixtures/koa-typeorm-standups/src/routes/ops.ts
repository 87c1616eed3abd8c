import Router from '@koa/router';
import { users, standups } from '../data-source';
import type { AuthState } from '../middleware/roles';
import { requireRole } from '../middleware/roles';
import { Role } from '../entities/User';
import { logger } from '../lib/logger';

export const opsRouter = new Router<AuthState>({ prefix: '/ops' });
opsRouter.use('/manage', requireRole(Role.Admin));

// ok: missing-role-check
opsRouter.get('/manage/members', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await users().find({ where: { teamId: ctx.state.user.teamId } });
});

// expect: missing-role-check
opsRouter.delete('/manage-legacy/members/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  await users().delete({ id: ctx.params.userId, teamId: ctx.state.user.teamId });
  ctx.status = 204;
});

opsRouter.get('/standups/latest', async (ctx) => {
  // ok: unscoped-tenant-query
  const latest = await standups().findOne({ where: { teamId: ctx.state.user.teamId }, order: { day: 'DESC' } });
  // ok: token-logging
  logger.info('latest standup served', { team: ctx.state.user.teamId, standup: latest?.id });
  ctx.body = latest;
});
