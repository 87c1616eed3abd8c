import { eq } from 'drizzle-orm';
import { bookings } from '../../../database/schema';

// ok: missing-auth
export default defineAgencyHandler(async (event, user) => {
  const id = Number(getRouterParam(event, 'id'));
  // ok: unscoped-tenant-query
  const visit = await useDb().query.bookings.findFirst({ where: eq(bookings.id, id) });
  if (!visit || visit.agencyId !== user.agencyId) throw createError({ statusCode: 404 });
  return visit;
});
