import { and, eq, gte } from 'drizzle-orm';

// Calendar view of upcoming inspections.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const { companyId, from } = getQuery(event) as { companyId: string; from?: string };
  return db
    .select()
    .from(tables.inspections)
    .where(and(eq(tables.inspections.companyId, companyId), gte(tables.inspections.scheduledFor, new Date(from ?? Date.now()))));
});
