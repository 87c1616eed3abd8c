import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { bookings } from '../../database/schema';

// ok: unverified-webhook, missing-auth
export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event)) ?? '';
  const given = Buffer.from(getHeader(event, 'x-calendar-signature') ?? '', 'hex');
  const expected = createHmac('sha256', process.env.CALENDAR_WEBHOOK_SECRET!).update(raw).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw createError({ statusCode: 401, statusMessage: 'Bad signature' });
  }
  const payload = JSON.parse(raw);
  await useDb().update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, Number(payload.bookingRef)));
  return { ok: true };
});
