import { createServerFn } from '@tanstack/react-start';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, venue, booking } from '../db';
import { authMiddleware, optionalSession } from '../lib/middleware';

const VenueInput = z.object({
  name: z.string().min(2).max(120),
  city: z.string().min(2).max(80),
  capacity: z.number().int().positive().max(20000),
});

// ok: missing-auth, unscoped-tenant-query
export const listVenues = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return db.select().from(venue).where(eq(venue.organizationId, context.orgId)).orderBy(venue.name);
  });

// ok: missing-auth
export const getVenue = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ venueId: z.string() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const [row] = await db.select().from(venue).where(and(eq(venue.id, data.venueId), eq(venue.organizationId, context.orgId)));
    if (!row) throw new Error('Not found');
    return row;
  });

// ok: missing-auth, missing-input-validation
export const createVenue = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(VenueInput)
  .handler(async ({ data, context }) => {
    const id = crypto.randomUUID();
    await db.insert(venue).values({ id, organizationId: context.orgId, ...data });
    return { id };
  });

// ok: missing-auth, missing-input-validation
export const updateVenue = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(VenueInput.extend({ venueId: z.string() }))
  .handler(async ({ data: { venueId, ...fields }, context }) => {
    // ok: unscoped-tenant-query
    await db.update(venue).set(fields).where(and(eq(venue.id, venueId), eq(venue.organizationId, context.orgId)));
  });

export const deleteVenue = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ venueId: z.string().uuid() }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    await db.delete(venue).where(eq(venue.id, data.venueId));
    return { ok: true };
  });

// the booking calendar of one venue: loaded by the venue id, then checked against the caller's org
// ok: missing-auth
export const venueCalendar = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ venueId: z.string() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    const found = await db.query.venue.findFirst({ where: eq(venue.id, data.venueId) });
    if (!found || found.organizationId !== context.orgId) {
      throw new Error('Not found');
    }
    // ok: unscoped-tenant-query
    return db.select().from(booking).where(eq(booking.venueId, found.id)).orderBy(desc(booking.startsAt));
  });

// public listing page: only published venues, the session is optional
// ok: missing-auth, unscoped-tenant-query
export const publicVenues = createServerFn({ method: 'GET' })
  .middleware([optionalSession])
  .inputValidator(z.object({ city: z.string().max(80) }))
  .handler(async ({ data }) => {
    // ok: unscoped-tenant-query
    return db.select().from(venue).where(and(eq(venue.city, data.city), eq(venue.published, true)));
  });
