import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db';
import { requireRole, type AppEnv } from '../middleware/session';

const app = new Hono<AppEnv>();

app.get('/', async (c) => {
  const { teamId } = c.get('user');
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(eq(users.teamId, teamId));
  return c.json(rows);
});

const roleInput = z.object({ role: z.enum(['admin', 'member']) });

// expect: missing-role-check
app.patch('/:userId/role', zValidator('json', roleInput), async (c) => {
  const me = c.get('user');
  // ok: unscoped-tenant-query
  await db.update(users).set({ role: c.req.valid('json').role }).where(and(eq(users.id, c.req.param('userId')), eq(users.teamId, me.teamId)));
  return c.body(null, 204);
});

// ok: missing-role-check
app.delete('/:userId', requireRole('owner'), async (c) => {
  const me = c.get('user');
  if (c.req.param('userId') === me.id) return c.json({ error: 'cannot remove yourself' }, 400);
  // ok: unscoped-tenant-query
  await db.delete(users).where(and(eq(users.id, c.req.param('userId')), eq(users.teamId, me.teamId)));
  return c.body(null, 204);
});

export default app;
