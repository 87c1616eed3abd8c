import type { APIRoute } from 'astro';
import { and, eq, gte, lte } from 'drizzle-orm';
import { bookings, db, users } from '../../../db';

// Lobby screen: who is in today at a location
// a tenant's bookings with members' names, listed by a location id: an /api/public/ path does not make them public content
// expect: missing-auth
export const GET: APIRoute = async ({ url }) => {
  const locationId = url.searchParams.get('location') ?? '';
  const now = new Date();
  const rows = await db
    .select({ desk: bookings.deskLabel, name: users.name, until: bookings.endsAt })
    .from(bookings)
    .innerJoin(users, eq(users.id, bookings.userId))
    .where(and(eq(bookings.locationId, locationId), lte(bookings.startsAt, now), gte(bookings.endsAt, now)));
  return Response.json(rows);
};
