import { createServerFn } from '@tanstack/react-start';
import { and, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import { db, booking, venue } from '../db';
import { authMiddleware, optionalSession } from '../lib/middleware';

const NewBooking = z.object({
  venueId: z.string(),
  customerEmail: z.string().email(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  totalCents: z.number().int().nonnegative(),
});

// ok: missing-auth, missing-input-validation
export const createBooking = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator((input: unknown) => NewBooking.parse(input))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const owned = await db.query.venue.findFirst({ where: and(eq(venue.id, data.venueId), eq(venue.organizationId, context.orgId)) });
    if (!owned) throw new Error('Unknown venue');
    const id = crypto.randomUUID();
    await db.insert(booking).values({ id, organizationId: context.orgId, ...data });
    return { id };
  });

// ok: missing-auth
export const upcomingBookings = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return db.select().from(booking).where(and(eq(booking.organizationId, context.orgId), gte(booking.startsAt, new Date())));
  });

// the notes field: typed but never checked, and updated by id alone
// expect: missing-input-validation
export const updateBookingNotes = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator((data: { bookingId: string; notes: string }) => data)
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    await db.update(booking).set({ notes: data.notes }).where(eq(booking.id, data.bookingId));
  });

// cancelling from the customer page: the middleware only loads a session when there is one
// expect: missing-auth
export const cancelBooking = createServerFn({ method: 'POST' })
  .middleware([optionalSession])
  .inputValidator(z.object({ bookingId: z.string() }))
  .handler(async ({ data }) => {
    await db.update(booking).set({ status: 'cancelled' }).where(eq(booking.id, data.bookingId));
    return { ok: true };
  });

// confirm: a server value only, scoped to the org
// ok: missing-auth, missing-input-validation
export const confirmBooking = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ bookingId: z.string() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.update(booking).set({ status: 'confirmed' }).where(and(eq(booking.id, data.bookingId), eq(booking.organizationId, context.orgId)));
  });

// expect: missing-rate-limit
export const exportBookingsCsv = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    const rows = await db.select().from(booking).where(eq(booking.organizationId, context.orgId));
    const header = 'id,venue,customer,starts,ends,status,total';
    return [header, ...rows.map((r) => [r.id, r.venueId, r.customerEmail, r.startsAt.toISOString(), r.endsAt.toISOString(), r.status, r.totalCents].join(','))].join('\n');
  });
