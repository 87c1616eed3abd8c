import type { APIRoute } from 'astro';
import { timingSafeEqual } from 'node:crypto';
import { and, eq, gte, lte } from 'drizzle-orm';
import { bookings, db } from '../../../db';

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Door controllers ask whether a badge may open a location right now
// ok: missing-auth
export const GET: APIRoute = async ({ request, url }) => {
  if (!sameSecret(request.headers.get('x-api-key') ?? '', import.meta.env.DOOR_API_KEY)) {
    return new Response(null, { status: 401 });
  }
  const now = new Date();
  // ok: unscoped-tenant-query
  const booking = await db.query.bookings.findFirst({
    where: and(
      eq(bookings.userId, url.searchParams.get('userId') ?? ''),
      eq(bookings.locationId, url.searchParams.get('locationId') ?? ''),
      lte(bookings.startsAt, now),
      gte(bookings.endsAt, now),
    ),
  });
  return Response.json({ allowed: Boolean(booking) });
};
