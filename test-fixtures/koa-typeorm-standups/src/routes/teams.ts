import Router from '@koa/router';
import Joi from 'joi';
import jwt from 'jsonwebtoken';
import { users, teams } from '../data-source';
import type { AuthState } from '../middleware/roles';
import { requireRole } from '../middleware/roles';
import { Role } from '../entities/User';
import { config } from '../lib/config';
import { authLimiter } from '../middleware/limits';

export const teamsRouter = new Router<AuthState>({ prefix: '/team' });

// ok: missing-auth
teamsRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await teams().findOneBy({ id: ctx.state.user.teamId });
});

teamsRouter.get('/members', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await users().find({
    where: { teamId: ctx.state.user.teamId },
    select: { id: true, email: true, displayName: true, role: true },
  });
});

const inviteSchema = Joi.object({ email: Joi.string().email().required() });

// ok: missing-input-validation, missing-role-check, missing-rate-limit
teamsRouter.post('/invitations', authLimiter, requireRole(Role.Lead, Role.Admin), async (ctx) => {
  const { email } = await inviteSchema.validateAsync(ctx.request.body);
  const token = jwt.sign({ email, teamId: ctx.state.user.teamId }, config.inviteSecret, { expiresIn: '7d' });
  ctx.body = { link: `${process.env.APP_URL}/invite?token=${token}` };
});

const roleSchema = Joi.object({ role: Joi.string().valid(...Object.values(Role)).required() });

// ok: missing-role-check, missing-input-validation
teamsRouter.patch('/members/:userId/role', requireRole(Role.Admin), async (ctx) => {
  const { role } = await roleSchema.validateAsync(ctx.request.body);
  // ok: unscoped-tenant-query
  const result = await users().update({ id: ctx.params.userId, teamId: ctx.state.user.teamId }, { role });
  if (!result.affected) ctx.throw(404);
  ctx.status = 204;
});

// expect: missing-role-check
teamsRouter.delete('/members/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  await users().delete({ id: ctx.params.userId, teamId: ctx.state.user.teamId });
  ctx.status = 204;
});

// expect: missing-input-validation
teamsRouter.patch('/me', async (ctx) => {
  const me = await users().findOneByOrFail({ id: ctx.state.user.sub });
  const { displayName, slackUserId } = ctx.request.body as { displayName?: string; slackUserId?: string };
  if (displayName !== undefined) me.displayName = displayName;
  if (slackUserId !== undefined) me.slackUserId = slackUserId;
  ctx.body = await users().save(me);
});
