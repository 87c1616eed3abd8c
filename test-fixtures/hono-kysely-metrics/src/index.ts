import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { sql } from 'kysely';
import { db } from './db';

const app = new Hono();

// Growth chart for the public status page: projects created per month.
// ok: missing-auth
app.get('/stats/growth', async (c) => {
  const rows = await db
    .selectFrom('projects')
    .select(({ fn }) => [sql<Date>`date_trunc('month', created_at)`.as('month'), fn.count<number>('id').as('created')])
    .groupBy('month')
    .orderBy('month')
    .execute();
  return c.json(rows);
});

// ok: missing-auth
app.get('/stats/totals', async (c) => {
  const row = await db.selectFrom('projects').select(({ fn }) => fn.countAll<number>().as('projects')).executeTakeFirst();
  return c.json(row);
});

// Per-team counts name every team and what it works on.
// expect: missing-auth
app.get('/stats/leaderboard', async (c) => {
  const rows = await db
    .selectFrom('projects')
    .select(({ fn }) => ['team_id', fn.count<number>('id').as('projects')])
    .groupBy('team_id')
    .execute();
  return c.json(rows);
});

// expect: missing-auth
app.get('/stats/projects', async (c) => {
  return c.json(await db.selectFrom('projects').select(['id', 'name', 'team_id']).execute());
});

// The team's own dashboard (signed-in members only).
app.use('/team/*', jwt({ secret: process.env.JWT_SECRET! }));

// ok: unscoped-tenant-query
app.get('/team/projects', async (c) => {
  const { teamId } = c.get('jwtPayload') as { teamId: string };
  return c.json(await db.selectFrom('projects').selectAll().where('team_id', '=', teamId).execute());
});

export default app;
