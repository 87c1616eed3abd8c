import { eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// SMS provider posts replies from pet owners ("YES" confirms a booking)
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (String(body.Body).trim().toUpperCase() === 'YES') {
    await useDb().update(bookings).set({ status: 'confirmed' }).where(eq(bookings.id, Number(body.bookingRef)));
  }
  return '<Response></Response>';
});
