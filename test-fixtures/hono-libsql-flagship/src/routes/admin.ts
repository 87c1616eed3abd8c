import { Hono } from 'hono';
import { count, eq } from 'drizzle-orm';
import { db, teams, flags, users } from '../db';
import { requireSession, staffOnly, type AppEnv } from '../middleware/session';

// internal staff console
const admin = new Hono<AppEnv>();
admin.use('*', requireSession);

// ok: missing-role-check
admin.get('/teams', staffOnly, async (c) => {
  const rows = await db.select().from(teams);
  return c.json(rows);
});

// ok: missing-role-check
admin.post('/teams/:id/plan', staffOnly, async (c) => {
  await db.update(teams).set({ plan: 'pro' }).where(eq(teams.id, c.req.param('id')));
  return c.body(null, 204);
});

// expect: missing-role-check
admin.get('/stats', async (c) => {
  const [flagCount] = await db.select({ n: count() }).from(flags);
  const [userCount] = await db.select({ n: count() }).from(users);
  return c.json({ flags: flagCount.n, users: userCount.n });
});

export default admin;
