import { eq, sql, sum } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../db/index.js';
import { orders } from '../db/schema.js';
import type { AppEnv } from '../types.js';

// Dashboard charts. The dashboard passes the organization it is showing.
export const reportsRoutes = new Hono<AppEnv>();

// expect: missing-auth
reportsRoutes.get('/revenue', async (c) => {
  const organizationId = c.req.query('organizationId');
  if (!organizationId) return c.json({ error: 'organizationId is required' }, 400);
  const rows = await db
    .select({ month: sql<string>`to_char(${orders.createdAt}, 'YYYY-MM')`, total: sum(orders.totalCents) })
    .from(orders)
    .where(eq(orders.organizationId, organizationId))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return c.json(rows);
});
