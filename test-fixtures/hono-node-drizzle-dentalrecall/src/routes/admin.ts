import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, practices, users } from '../db';
import { requireRole } from '../middleware/auth';
import { practiceOf } from '../lib/tenant';
import type { AppEnv } from '../types';

// mounted at /api/admin
export const adminApp = new Hono<AppEnv>();

// expect: missing-role-check
adminApp.get('/practices', async (c) => {
  // expect: unscoped-tenant-query
  return c.json(await db.select().from(practices));
});

// ok: missing-role-check, missing-input-validation
adminApp.post('/users/:id/role', requireRole('owner'), zValidator('json', z.object({ role: z.enum(['owner', 'dentist', 'hygienist', 'reception']) })), async (c) => {
  const { role } = c.req.valid('json');
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(and(eq(users.id, c.req.param('id')), eq(users.practiceId, practiceOf(c))));
  return c.body(null, 204);
});
