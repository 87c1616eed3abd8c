import Router from '@koa/router';
import Joi from 'joi';
import { standups, entries } from '../data-source';
import type { AuthState } from '../middleware/roles';
import { requireRole } from '../middleware/roles';
import { Role } from '../entities/User';

export const standupsRouter = new Router<AuthState>({ prefix: '/standups' });

const entrySchema = Joi.object({
  yesterday: Joi.string().max(4000).required(),
  today: Joi.string().max(4000).required(),
  blockers: Joi.string().max(4000).allow('', null),
  linkedPr: Joi.string().uri().optional(),
});

// ok: missing-auth
standupsRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await standups().find({
    where: { teamId: ctx.state.user.teamId },
    order: { day: 'DESC' },
    take: 30,
  });
});

// expect: missing-rate-limit
standupsRouter.get('/export.csv', async (ctx) => {
  // ok: unscoped-tenant-query
  const rows = await entries()
    .createQueryBuilder('e')
    .innerJoin('e.standup', 's')
    .select(['s.day AS day', 'e.authorId AS author', 'e.today AS today', 'e.blockers AS blockers'])
    .where('e.teamId = :teamId', { teamId: ctx.state.user.teamId })
    .getRawMany();
  ctx.type = 'text/csv';
  ctx.body = rows.map((r) => `${r.day},${r.author},${JSON.stringify(r.today)}`).join('\n');
});

standupsRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const standup = await standups().findOne({ where: { id: ctx.params.id }, relations: { entries: true } });
  if (!standup) ctx.throw(404);
  ctx.body = standup;
});

// ok: missing-input-validation
standupsRouter.post('/:id/entries', async (ctx) => {
  const input = await entrySchema.validateAsync(ctx.request.body);
  // ok: unscoped-tenant-query
  const standup = await standups().findOneBy({ id: ctx.params.id, teamId: ctx.state.user.teamId });
  if (!standup || standup.closed) ctx.throw(404);
  const entry = await entries().save(
    entries().create({ ...input, standupId: standup.id, teamId: standup.teamId, authorId: ctx.state.user.sub }),
  );
  ctx.status = 201;
  ctx.body = entry;
});

// expect: missing-input-validation
standupsRouter.put('/entries/:entryId', async (ctx) => {
  // ok: unscoped-tenant-query
  const entry = await entries().findOneBy({ id: ctx.params.entryId });
  if (!entry || entry.authorId !== ctx.state.user.sub) ctx.throw(404);
  Object.assign(entry, ctx.request.body);
  ctx.body = await entries().save(entry);
});

standupsRouter.delete('/entries/:entryId', async (ctx) => {
  // expect: unscoped-tenant-query
  await entries().delete({ id: ctx.params.entryId });
  ctx.status = 204;
});

// Leads close the day and post the summary to Slack.
standupsRouter.post('/:id/close', requireRole(Role.Lead, Role.Admin), async (ctx) => {
  // ok: unscoped-tenant-query
  const result = await standups().update({ id: ctx.params.id, teamId: ctx.state.user.teamId }, { closed: true });
  if (!result.affected) ctx.throw(404);
  ctx.status = 204;
});
