import Router from '@koa/router';
import { teams, standups } from '../data-source';

// Mounted on the app before koa-jwt: the status page and the TV dashboard in the office.
export const statusRouter = new Router();

// ok: missing-auth
statusRouter.get('/status', (ctx) => {
  ctx.body = { ok: true, version: process.env.APP_VERSION ?? 'dev' };
});

// expect: missing-auth
statusRouter.get('/tv/:teamId', async (ctx) => {
  const team = await teams().findOneBy({ id: ctx.params.teamId });
  if (!team) ctx.throw(404);
  ctx.body = {
    team: team.name,
    latest: await standups().find({ where: { teamId: team.id }, relations: { entries: true }, order: { day: 'DESC' }, take: 1 }),
  };
});
