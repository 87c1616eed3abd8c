import { eq } from 'drizzle-orm';
import { db, events } from '$lib/server/db';
import type { RequestHandler } from './$types';

// expect: missing-rate-limit
export const GET: RequestHandler = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(events).where(eq(events.teamId, locals.user!.teamId));
  const csv = ['title,client,starts,status', ...rows.map((r) => `${r.title},${r.clientName},${r.startsAt.toISOString()},${r.status}`)].join('\n');
  return new Response(csv, { headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="events.csv"' } });
};
