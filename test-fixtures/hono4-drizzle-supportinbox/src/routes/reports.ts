import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
import { and, eq, gte } from 'drizzle-orm';
import { db, tickets } from '../db';
import { env } from '../lib/env';
import { claims } from '../lib/scope';

export const reportRoutes = new Hono();

reportRoutes.use('*', jwt({ secret: env.jwtSecret }));

// ok: missing-auth
reportRoutes.get('/weekly', async (c) => {
  const since = new Date(Date.now() - 7 * 864e5);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tickets).where(and(eq(tickets.orgId, claims(c).orgId), gte(tickets.createdAt, since)));
  return c.json({ opened: rows.length });
});

// expect: missing-rate-limit
reportRoutes.get('/export.csv', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(tickets).where(eq(tickets.orgId, claims(c).orgId));
  const csv = ['id,subject,status', ...rows.map((t) => `${t.id},"${t.subject}",${t.status}`)].join('\n');
  return c.body(csv, 200, { 'Content-Type': 'text/csv' });
});
