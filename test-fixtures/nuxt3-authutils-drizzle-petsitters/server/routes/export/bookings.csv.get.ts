import { eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// expect: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  const agencyId = Number(getQuery(event).agency);
  const rows = await useDb().select().from(bookings).where(eq(bookings.agencyId, agencyId));
  setResponseHeader(event, 'Content-Type', 'text/csv');
  return ['id,startsAt,status', ...rows.map((r) => `${r.id},${r.startsAt.toISOString()},${r.status}`)].join('\n');
});
