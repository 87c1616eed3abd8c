import { eq } from 'drizzle-orm';
import { bookings } from '../../../database/schema';

// ok: missing-auth
export default defineAgencyHandler(async (event) => {
  const id = Number(getRouterParam(event, 'id'));
  // expect: unscoped-tenant-query
  await useDb().delete(bookings).where(eq(bookings.id, id));
  return { ok: true };
});
