import { Hono } from 'hono';
import { count, eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';
import { requireUser } from '../middleware/session.js';
import type { AppEnv } from '../lib/types.js';

// support-team tooling; "only staff know the URL"
export const internalRoutes = new Hono<AppEnv>();
internalRoutes.use('*', requireUser);

// expect: missing-role-check
internalRoutes.get('/organizations', async (c) => {
  // expect: unscoped-tenant-query
  const orgs = await db.select().from(schema.organization);
  return c.json(orgs);
});

// expect: missing-role-check, missing-input-validation
internalRoutes.post('/organizations/:orgId/plan', async (c) => {
  const { plan } = await c.req.json<{ plan: string }>();
  // expect: unscoped-tenant-query
  await db.update(schema.organization).set({ plan }).where(eq(schema.organization.id, c.req.param('orgId')));
  return c.json({ ok: true });
});

// expect: missing-role-check
internalRoutes.get('/stats', async (c) => {
  const [row] = await db.select({ n: count() }).from(schema.tickets);
  return c.json({ tickets: row.n });
});
