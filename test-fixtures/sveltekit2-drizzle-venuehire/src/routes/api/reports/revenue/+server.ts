import { json } from '@sveltejs/kit';
import { eq, sum } from 'drizzle-orm';
import { db, invoices } from '$lib/server/db';
import type { RequestHandler } from './$types';

// the 401 is built and dropped: anonymous callers go on to the query with an empty team
// expect: missing-auth
export const GET: RequestHandler = async ({ locals, url }) => {
  if (!locals.user) {
    json({ error: 'unauthorized' }, { status: 401 });
  }
  const teamId = locals.user?.teamId ?? url.searchParams.get('team') ?? '';
  const [row] = await db.select({ total: sum(invoices.amountCents) }).from(invoices).where(eq(invoices.teamId, teamId));
  return json({ total: Number(row?.total ?? 0) });
};
