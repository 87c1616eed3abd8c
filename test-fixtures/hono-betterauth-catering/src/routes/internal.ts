import { desc } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../db/index.js';
import { orders } from '../db/schema.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';

// Support tooling used by the ops team.
export const internalRoutes = new Hono<AppEnv>();

internalRoutes.use('*', requireAuth);

// expect: missing-role-check
internalRoutes.get('/orders/recent', async (c) => {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(orders).orderBy(desc(orders.createdAt)).limit(200);
  return c.json(rows);
});
