import { and, eq, gt, lt } from 'drizzle-orm';
import { bookings, db } from '../db/index.js';

export async function findBookingInOrg(organizationId: string, bookingId: string) {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, bookingId), eq(bookings.organizationId, organizationId)));
  return row ?? null;
}

export async function hasOverlap(spaceId: string, startsAt: Date, endsAt: Date) {
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.spaceId, spaceId), lt(bookings.startsAt, endsAt), gt(bookings.endsAt, startsAt)))
    .limit(1);
  return rows.length > 0;
}
