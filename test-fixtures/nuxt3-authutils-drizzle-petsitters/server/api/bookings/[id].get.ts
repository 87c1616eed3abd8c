import { eq } from 'drizzle-orm';
import { bookings, pets } from '../../database/schema';

// ok: missing-auth
export default defineEventHandler(async (event) => {
  await requireUserSession(event);
  const id = Number(getRouterParam(event, 'id'));
  // expect: unscoped-tenant-query
  const booking = await useDb().select().from(bookings).where(eq(bookings.id, id)).get();
  if (!booking) throw createError({ statusCode: 404 });
  // ok: unscoped-tenant-query
  const petList = await useDb().select().from(pets).where(eq(pets.clientId, booking.clientId));
  return { ...booking, pets: petList };
});
