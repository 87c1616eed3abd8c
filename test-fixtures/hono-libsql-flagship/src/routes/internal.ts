import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { eq, lt } from 'drizzle-orm';
import { db, sessions, teams } from '../db';

// operators' tooling, called from the ops runbook with a static token
const internal = new Hono();
internal.use('*', bearerAuth({ token: process.env.OPS_API_TOKEN! }));

// ok: missing-auth, missing-role-check
internal.post('/sessions/purge', async (c) => {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return c.json({ ok: true });
});

// ok: missing-auth, missing-role-check
internal.get('/teams/:id', async (c) => {
  // ok: unscoped-tenant-query
  const [team] = await db.select().from(teams).where(eq(teams.id, c.req.param('id')));
  return c.json(team ?? null);
});

export default internal;
