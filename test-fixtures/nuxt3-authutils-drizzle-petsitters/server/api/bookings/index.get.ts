import { and, eq, desc } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const { status } = getQuery(event);
  const filters = [eq(bookings.agencyId, user.agencyId)];
  if (typeof status === 'string') filters.push(eq(bookings.status, status));
  // ok: unscoped-tenant-query
  return useDb().select().from(bookings).where(and(...filters)).orderBy(desc(bookings.startsAt)).limit(100);
});
