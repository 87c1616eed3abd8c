import { asc, eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import { requireUser } from '~/sessions.server';
import type { Route } from './+types/schedule-csv';

// expect: missing-rate-limit
export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(schema.jobs).where(eq(schema.jobs.companyId, user.companyId)).orderBy(asc(schema.jobs.scheduledFor));
  const csv = ['id,title,status,scheduled_for', ...rows.map((j) => `${j.id},${j.title},${j.status},${j.scheduledFor.toISOString()}`)].join('\n');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv' } });
}
