import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// The external calendar calls back when a customer moves a booking.
// compares the signature with !==, which leaks timing
// ok: missing-auth
// expect: unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const body = await request.text();
  const expected = createHmac('sha256', env.CALENDAR_WEBHOOK_SECRET ?? '').update(body).digest('hex');
  if (request.headers.get('x-calendar-signature') !== expected) {
    return new Response('bad signature', { status: 401 });
  }
  const change = JSON.parse(body) as { bookingId: string; startsAt: string; endsAt: string };
  await db
    .update(bookings)
    .set({ startsAt: new Date(change.startsAt), endsAt: new Date(change.endsAt) })
    .where(eq(bookings.id, change.bookingId));
  return new Response(null, { status: 204 });
};
