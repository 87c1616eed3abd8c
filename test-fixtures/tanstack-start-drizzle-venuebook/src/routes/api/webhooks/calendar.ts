import { createFileRoute } from '@tanstack/react-router';
import { eq } from 'drizzle-orm';
import { db, booking } from '../../../db';

// the calendar-sync provider posts cancellations made in the customer's calendar
export const Route = createFileRoute('/api/webhooks/calendar')({
  server: {
    handlers: {
      // expect: unverified-webhook
      POST: async ({ request }) => {
        const event = (await request.json()) as { type: string; bookingId: string };
        if (event.type === 'event.cancelled') {
          await db.update(booking).set({ status: 'cancelled' }).where(eq(booking.id, event.bookingId));
        }
        return new Response('ok');
      },
    },
  },
});
