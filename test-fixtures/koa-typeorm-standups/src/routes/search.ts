import Router from '@koa/router';
import { AppDataSource, entries, standups } from '../data-source';
import type { AuthState } from '../middleware/roles';

export const searchRouter = new Router<AuthState>({ prefix: '/search' });

searchRouter.get('/entries', async (ctx) => {
  const q = String(ctx.query.q ?? '');
  // ok: unscoped-tenant-query
  ctx.body = await entries()
    .createQueryBuilder('e')
    .where('e.teamId = :teamId', { teamId: ctx.state.user.teamId })
    .andWhere('e.today ILIKE :q', { q: `%${q}%` })
    .getMany();
});

searchRouter.get('/entries/:entryId', async (ctx) => {
  // expect: unscoped-tenant-query
  const entry = await entries().createQueryBuilder('e').where('e.id = :id', { id: ctx.params.entryId }).getOne();
  ctx.body = entry ?? ctx.throw(404);
});

searchRouter.get('/standups/:id/raw', async (ctx) => {
  // expect: unscoped-tenant-query
  const rows = await AppDataSource.query('SELECT * FROM entries WHERE "standupId" = $1', [ctx.params.id]);
  ctx.body = rows;
});

searchRouter.get('/standups/:id/summary', async (ctx) => {
  // ok: unscoped-tenant-query
  const rows = await AppDataSource.query('SELECT count(*) FROM entries WHERE "standupId" = $1 AND "teamId" = $2', [
    ctx.params.id,
    ctx.state.user.teamId,
  ]);
  ctx.body = rows[0];
});

searchRouter.get('/standups/:id/open', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await standups().findOne({
    where: [
      { id: ctx.params.id, teamId: ctx.state.user.teamId },
      { id: ctx.params.id, closed: false },
    ],
  });
});
