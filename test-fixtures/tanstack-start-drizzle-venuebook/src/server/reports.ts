import { createServerFn } from '@tanstack/react-start';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, booking, venue } from '../db';
import { authMiddleware } from '../middleware';

// relational query with the callback form of where
// ok: missing-auth
export const venuesWithBookings = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .handler(async ({ context }) => {
    // ok: unscoped-tenant-query
    return db.query.venue.findMany({
      where: (v, { eq: eqOp }) => eqOp(v.organizationId, context.orgId),
      with: { bookings: true },
    });
  });

// bulk archive from the table view: the ids are the client's, the org is not checked
// ok: missing-auth, missing-input-validation
export const archiveBookings = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ ids: z.array(z.string()).max(100) }))
  .handler(async ({ data }) => {
    // expect: unscoped-tenant-query
    await db.update(booking).set({ status: 'archived' }).where(inArray(booking.id, data.ids));
  });

// the same, scoped
// ok: missing-auth, missing-input-validation
export const archiveOwnBookings = createServerFn({ method: 'POST' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ ids: z.array(z.string()).max(100) }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    await db.update(booking).set({ status: 'archived' }).where(and(inArray(booking.id, data.ids), eq(booking.organizationId, context.orgId)));
  });

// a venue looked up by its public slug for the dashboard header: by id, from the org
// ok: missing-auth
export const venueHeader = createServerFn({ method: 'GET' })
  .middleware([authMiddleware])
  .inputValidator(z.object({ venueId: z.string() }))
  .handler(async ({ data, context }) => {
    // ok: unscoped-tenant-query
    return db.query.venue.findFirst({ where: and(eq(venue.id, data.venueId), eq(venue.organizationId, context.orgId)), columns: { name: true, city: true } });
  });
