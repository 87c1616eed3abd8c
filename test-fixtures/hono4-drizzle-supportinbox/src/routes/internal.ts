import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { db, organizations, tickets, users } from '../db';
import type { InboxClaims } from '../lib/scope';

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

// Escalations desk: only the owner role may reassign across the org.
const escalations = new Hono();

escalations.use('*', async (c, next) => {
  const payload = c.get('jwtPayload') as InboxClaims;
  if (payload.role !== 'owner') {
    return c.text('Forbidden', 403);
  }
  await next();
});

// ok: missing-role-check
escalations.get('/open', async (c) => {
  const { orgId } = c.get('jwtPayload') as InboxClaims;
  // ok: unscoped-tenant-query
  return c.json(await db.select().from(tickets).where(eq(tickets.orgId, orgId)));
});

export const escalationRoutes = escalations;
