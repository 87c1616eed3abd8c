import { and, eq, gte, sql } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  const agencyId = (session.user as { agencyId: number }).agencyId;
  // ok: unscoped-tenant-query
  return useDb()
    .select({ day: sql<string>`date(${bookings.startsAt}, 'unixepoch')`, n: sql<number>`count(*)` })
    .from(bookings)
    .where(and(eq(bookings.agencyId, agencyId), gte(bookings.startsAt, new Date(Date.now() - 30 * 864e5))))
    .groupBy(sql`1`);
});
