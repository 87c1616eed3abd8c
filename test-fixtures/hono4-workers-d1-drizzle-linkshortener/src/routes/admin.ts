import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { links, users, workspaces } from '../db/schema';
import type { AppEnv } from '../types';

// operators only: the token lives in `wrangler secret put ADMIN_TOKEN`
export const admin = new Hono<AppEnv>();
admin.use('*', (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));

// ok: missing-auth, missing-role-check
admin.get('/workspaces', async (c) => {
  // ok: unscoped-tenant-query
  return c.json(await c.get('db').select().from(workspaces).orderBy(desc(workspaces.createdAt)).limit(500));
});

// ok: missing-auth, missing-role-check
admin.post('/links/:id/archive', async (c) => {
  // ok: unscoped-tenant-query
  await c.get('db').update(links).set({ archived: true }).where(eq(links.id, c.req.param('id')));
  return c.json({ ok: true });
});

// ok: missing-auth, missing-role-check
admin.delete('/users/:id', async (c) => {
  await c.get('db').delete(users).where(eq(users.id, c.req.param('id')));
  return c.body(null, 204);
});
