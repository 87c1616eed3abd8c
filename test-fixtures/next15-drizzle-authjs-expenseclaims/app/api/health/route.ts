import { sql } from 'drizzle-orm';
import { db } from '@/lib/db';

// ok: missing-auth
export async function GET() {
  await db.execute(sql`select 1`);
  return Response.json({ status: 'ok' });
}
