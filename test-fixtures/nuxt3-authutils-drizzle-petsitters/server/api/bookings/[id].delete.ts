import { and, eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// ok: missing-auth, missing-role-check
export default defineEventHandler(async (event) => {
  const user = await requireManager(event);
  const id = Number(getRouterParam(event, 'id'));
  // ok: unscoped-tenant-query
  await useDb().delete(bookings).where(and(eq(bookings.id, id), eq(bookings.agencyId, user.agencyId)));
  setResponseStatus(event, 204);
  return null;
});
