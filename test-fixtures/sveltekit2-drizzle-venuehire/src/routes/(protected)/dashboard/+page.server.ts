import { and, eq, gte } from 'drizzle-orm';
import { db, events } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// waits for the (protected) layout, whose redirect ends anonymous requests first
// ok: missing-auth
export const load: PageServerLoad = async ({ parent }) => {
  const { user } = await parent();
  // ok: unscoped-tenant-query
  const upcoming = await db
    .select()
    .from(events)
    .where(and(eq(events.teamId, user.teamId), gte(events.startsAt, new Date())))
    .orderBy(events.startsAt)
    .limit(20);
  return { upcoming };
};
