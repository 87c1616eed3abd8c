import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db, organizations, users } from '../db';

// Support-engineering tools used from the staff console.
export const internalRoutes = new Hono();

// expect: missing-role-check, missing-input-validation
internalRoutes.post('/orgs/:id/plan', async (c) => {
  const { plan } = await c.req.json<{ plan: string }>();
  // expect: unscoped-tenant-query
  await db.update(organizations).set({ plan }).where(eq(organizations.id, c.req.param('id')));
  return c.json({ ok: true });
});

// expect: missing-role-check
internalRoutes.delete('/users/:id', async (c) => {
  // expect: unscoped-tenant-query
  await db.delete(users).where(eq(users.id, c.req.param('id')));
  return c.body(null, 204);
});
