import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../db';
import { requireRole } from '../middleware/require-role';
import { claims } from '../lib/scope';

export const adminRoutes = new Hono();

adminRoutes.use('*', requireRole('owner', 'admin'));

// ok: missing-role-check
adminRoutes.get('/users', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.orgId, claims(c).orgId));
  return c.json(rows);
});

// ok: missing-role-check, missing-input-validation
adminRoutes.patch('/users/:id/role', zValidator('json', z.object({ role: z.enum(['admin', 'agent']) })), async (c) => {
  const { role } = c.req.valid('json');
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(and(eq(users.id, c.req.param('id')), eq(users.orgId, claims(c).orgId)));
  return c.json({ ok: true });
});
