import { eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  try {
    // ok: unscoped-tenant-query
    const rows = await useDb().select().from(bookings).where(eq(bookings.agencyId, user.agencyId));
    return { completed: rows.filter((r) => r.status === 'completed').length };
  } catch (e: any) {
    // expect: error-details-leak
    return { error: e.message };
  }
});
