import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async () => {
  await db.execute(sql`select 1`);
  return json({ status: 'ok' });
};
