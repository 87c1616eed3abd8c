import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { memberships, users } from '../db/schema';
import type { AppEnv } from '../types';

// mounted at /api/account behind requireUser
export const account = new Hono<AppEnv>();

// ok: missing-auth
account.get('/', async (c) => {
  const { sub } = c.get('user');
  // ok: unscoped-tenant-query
  const rows = await c.get('db').select({ workspaceId: memberships.workspaceId, role: memberships.role }).from(memberships).where(eq(memberships.userId, sub));
  return c.json({ id: sub, email: c.get('user').email, workspaces: rows });
});

// ok: missing-auth
account.get('/staff/users', async (c) => {
  if (!c.get('user').staff) return c.json({ error: 'forbidden' }, 403);
  // ok: unscoped-tenant-query
  return c.json(await c.get('db').select({ id: users.id, email: users.email }).from(users).limit(500));
});

// expect: missing-role-check
account.delete('/users/:id', async (c) => {
  // expect: unscoped-tenant-query
  await c.get('db').delete(memberships).where(eq(memberships.userId, c.req.param('id')));
  // expect: unscoped-tenant-query
  await c.get('db').delete(users).where(eq(users.id, c.req.param('id')));
  return c.body(null, 204);
});
