import { ActionError, defineAction } from 'astro:actions';
import { z } from 'astro:schema';
import { and, eq, gte } from 'drizzle-orm';
import { bookings, db } from '../db';

export const server = {
  // ok: missing-auth, missing-input-validation
  extendBooking: defineAction({
    input: z.object({ bookingId: z.string().uuid(), minutes: z.number().int().min(15).max(240) }),
    handler: async (input, context) => {
      const user = context.locals.user;
      if (!user) throw new ActionError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
      // ok: unscoped-tenant-query
      const booking = await db.query.bookings.findFirst({ where: and(eq(bookings.id, input.bookingId), eq(bookings.userId, user.id)) });
      if (!booking) throw new ActionError({ code: 'NOT_FOUND' });
      await db.update(bookings).set({ endsAt: new Date(booking.endsAt.getTime() + input.minutes * 60_000) }).where(eq(bookings.id, booking.id));
      return { ok: true };
    },
  }),

  // (the middleware only guards /api/: actions are posted to /_actions/)
  // expect: missing-auth
  releaseDesks: defineAction({
    input: z.object({ locationId: z.string().uuid() }),
    handler: async (input) => {
      await db
        .update(bookings)
        .set({ status: 'cancelled' })
        .where(and(eq(bookings.locationId, input.locationId), gte(bookings.startsAt, new Date())));
      return { ok: true };
    },
  }),
};
