import { and, eq, gte, sum } from 'drizzle-orm';
import { db, batches } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// Production report. The layout checks membership, but it runs in parallel with this load.
// expect: missing-auth
export const load: PageServerLoad = async ({ params, url }) => {
  const since = new Date(url.searchParams.get('since') ?? Date.now() - 90 * 24 * 3600 * 1000);
  const volume = await db
    .select({ status: batches.status, litres: sum(batches.volumeLitres) })
    .from(batches)
    .where(and(eq(batches.orgId, params.orgId), gte(batches.brewedAt, since)))
    .groupBy(batches.status);
  const recent = await db.select().from(batches).where(eq(batches.orgId, params.orgId)).limit(20);
  return { volume, recent };
};
