import { createFileRoute } from '@tanstack/react-router';
import { and, eq } from 'drizzle-orm';
import { db, booking } from '../../../db';
import { apiAuth } from '../../../lib/middleware';

// per-method middleware through createHandlers: GET is left without it
export const Route = createFileRoute('/api/bookings/$bookingId')({
  server: {
    handlers: ({ createHandlers }) =>
      createHandlers({
        // expect: missing-auth
        GET: async ({ params }) => {
          const [row] = await db.select().from(booking).where(eq(booking.id, params.bookingId));
          return row ? Response.json(row) : new Response('Not found', { status: 404 });
        },
        DELETE: {
          middleware: [apiAuth],
          // ok: missing-auth
          handler: async ({ params, context }) => {
            // ok: unscoped-tenant-query
            await db.delete(booking).where(and(eq(booking.id, params.bookingId), eq(booking.organizationId, context.orgId)));
            return new Response(null, { status: 204 });
          },
        },
      }),
  },
});
