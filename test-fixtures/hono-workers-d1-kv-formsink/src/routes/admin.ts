import { count, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import { sign } from 'hono/jwt';
import { users, workspaces } from '../db/schema';
import { requireJwt, requireRole } from '../middleware/auth';
import type { AppEnv, TokenPayload } from '../types';

// Staff console
export const admin = new Hono<AppEnv>();

admin.use('*', requireJwt);

// ok: missing-auth, missing-role-check
admin.get('/workspaces', requireRole('staff'), async (c) => {
  const db = drizzle(c.env.DB);
  const rows = await db
    .select({ id: workspaces.id, name: workspaces.name, plan: workspaces.plan, members: count(users.id) })
    .from(workspaces)
    .leftJoin(users, eq(users.workspaceId, workspaces.id))
    .groupBy(workspaces.id);
  return c.json(rows);
});

// ok: missing-auth
// expect: missing-role-check
admin.post('/impersonate/:userId', async (c) => {
  const me = c.get('jwtPayload') as TokenPayload;
  const db = drizzle(c.env.DB);
  // expect: unscoped-tenant-query
  const target = await db.select().from(users).where(eq(users.id, c.req.param('userId'))).get();
  if (!target) return c.json({ error: 'Not found' }, 404);
  // ok: token-logging
  console.log(`impersonation by ${me.sub} of ${target.id}`);
  const token = await sign(
    { sub: target.id, workspaceId: target.workspaceId, role: target.role, exp: Math.floor(Date.now() / 1000) + 900 },
    c.env.JWT_SECRET,
  );
  return c.json({ token });
});
