import { Hono } from 'hono';
import { except } from 'hono/combine';
import { sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { orgOf, requireUser } from '../middleware/session.js';
import type { AppEnv } from '../lib/types.js';

export const searchRoutes = new Hono<AppEnv>();
// everything but the public suggestions endpoint needs a signed-in agent
searchRoutes.use('*', except(['/api/search/suggest', '/api/search/recent'], requireUser));

// ok: missing-auth
searchRoutes.get('/suggest', (c) => {
  const q = (c.req.query('q') ?? '').toLowerCase();
  const topics = ['billing', 'login problems', 'refunds', 'shipping', 'account deletion'];
  return c.json(topics.filter((t) => t.includes(q)).slice(0, 5));
});

// "recent" was excepted along with suggest for the marketing site's widget, but it lists real tickets
// expect: missing-auth
searchRoutes.get('/recent', async (c) => {
  const rows = await db.execute(sql`select id, subject, status from tickets order by created_at desc limit 10`);
  return c.json(rows);
});

searchRoutes.get('/tickets', async (c) => {
  const q = `%${c.req.query('q') ?? ''}%`;
  // ok: unscoped-tenant-query
  const rows = await db.execute(sql`select id, subject, status from tickets where organization_id = ${orgOf(c)} and subject ilike ${q} limit 25`);
  return c.json(rows);
});

searchRoutes.get('/tickets/:id/raw', async (c) => {
  // expect: unscoped-tenant-query
  const rows = await db.execute(sql`select * from tickets where id = ${Number(c.req.param('id'))}`);
  return c.json(rows[0] ?? null);
});
