import Router from '@koa/router';
import { entries, standups } from '../data-source';
import type { AuthState } from '../middleware/roles';

export const entriesRouter = new Router<AuthState>({ prefix: '/entries' });

entriesRouter.get('/:entryId', async (ctx) => {
  // ok: unscoped-tenant-query
  const entry = await entries().findOneBy({ id: ctx.params.entryId });
  ctx.assert(entry && entry.teamId === ctx.state.user.teamId, 404, 'Entry not found');
  ctx.body = entry;
});

entriesRouter.get('/by-standup/:standupId', async (ctx) => {
  // ok: unscoped-tenant-query
  const standup = await standups().findOne({ where: { id: ctx.params.standupId, teamId: ctx.state.user.teamId } });
  ctx.assert(standup, 404);
  // ok: unscoped-tenant-query
  ctx.body = await entries().find({ where: { standupId: ctx.params.standupId } });
});

entriesRouter.get('/:entryId/standup', async (ctx) => {
  // ok: unscoped-tenant-query
  const entry = await entries().findOne({
    where: { id: ctx.params.entryId, standup: { teamId: ctx.state.user.teamId } },
    relations: { standup: true },
  });
  ctx.assert(entry, 404);
  ctx.body = entry.standup;
});
