import Router from '@koa/router';
import Joi from 'joi';
import type { Context, Next } from 'koa';
import { retros } from '../data-source';
import type { AuthState } from '../middleware/roles';

// /api/teams/:teamId/retros: the team in the path must be the caller's.
async function ownTeam(ctx: Context, next: Next) {
  if (ctx.params.teamId !== (ctx.state as AuthState).user.teamId) ctx.throw(403, 'Not your team');
  await next();
}

export const teamScoped = new Router<AuthState>({ prefix: '/teams/:teamId' });
teamScoped.use(ownTeam);

const retroSchema = Joi.object({ title: Joi.string().min(1).max(120).required() });

// ok: missing-auth
teamScoped.get('/retros', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await retros().find({ where: { teamId: ctx.params.teamId }, order: { createdAt: 'DESC' } });
});

// ok: missing-input-validation
teamScoped.post('/retros', async (ctx) => {
  const { title } = await retroSchema.validateAsync(ctx.request.body);
  ctx.status = 201;
  ctx.body = await retros().save(retros().create({ title, teamId: ctx.params.teamId, items: [] }));
});

// Read-only share view for other teams' retros (added later, outside teamScoped).
export const retroShare = new Router<AuthState>({ prefix: '/shared-retros' });

retroShare.get('/:teamId/:retroId', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await retros().findOneBy({ id: ctx.params.retroId, teamId: ctx.params.teamId });
});

// expect: missing-input-validation
retroShare.post('/:retroId/items', async (ctx) => {
  // ok: unscoped-tenant-query
  const retro = await retros().findOneByOrFail({ id: ctx.params.retroId, teamId: ctx.state.user.teamId });
  retro.items.push({ text: (ctx.request.body as { text: string }).text, votes: 0 });
  ctx.body = await retros().save(retro);
});
