import { eq } from 'drizzle-orm';
import { bookings } from '../../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  await assertBookingInAgency(user.agencyId, id);
  // ok: unscoped-tenant-query
  await useDb().update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, id));
  return { ok: true };
});
