import Router from '@koa/router';
import type { Context } from 'koa';
import { entries, users } from '../data-source';
import type { AuthState } from '../middleware/roles';
import { Role } from '../entities/User';
import { logger } from '../lib/logger';

function assertAdmin(ctx: Context) {
  if ((ctx.state as AuthState).user.role !== Role.Admin) ctx.throw(403, 'Admins only');
}

export const moderationRouter = new Router<AuthState>({ prefix: '/admin/moderation' });

// ok: missing-role-check
moderationRouter.delete('/entries/:entryId', async (ctx) => {
  assertAdmin(ctx);
  // ok: unscoped-tenant-query
  await entries().delete({ id: ctx.params.entryId, teamId: ctx.state.user.teamId });
  ctx.status = 204;
});

// ok: missing-role-check
moderationRouter.post('/users/:userId/demote', async (ctx) => {
  ctx.state.user.role === Role.Admin || ctx.throw(403);
  // ok: unscoped-tenant-query
  await users().update({ id: ctx.params.userId, teamId: ctx.state.user.teamId }, { role: Role.Member });
  const token = ctx.get('authorization').slice(7);
  // ok: token-logging
  logger.info(`demoted ${ctx.params.userId} (admin token ${token.slice(0, 6)}…)`);
  ctx.status = 204;
});
