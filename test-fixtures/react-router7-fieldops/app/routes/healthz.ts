import { sql } from 'drizzle-orm';
import { db } from '~/db.server';

// ok: missing-auth
export async function loader() {
  await db.execute(sql`select 1`);
  return Response.json({ status: 'ok' });
}
