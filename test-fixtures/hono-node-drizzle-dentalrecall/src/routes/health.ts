import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { db } from '../db';

export const health = new Hono();

// ok: missing-auth
health.get('/', async (c) => {
  await db.execute(sql`select 1`);
  return c.json({ ok: true });
});
