import { createFileRoute } from '@tanstack/react-router';
import { eq } from 'drizzle-orm';
import { db, venue } from '../../../db';

// embedded on partner sites: published venues only, no cookies involved
export const Route = createFileRoute('/api/public/venues')({
  server: {
    handlers: {
      // ok: missing-auth, unscoped-tenant-query
      GET: async () => {
        // ok: unscoped-tenant-query
        const rows = await db.select({ id: venue.id, name: venue.name, city: venue.city }).from(venue).where(eq(venue.published, true));
        return new Response(JSON.stringify(rows), {
          headers: {
            'Content-Type': 'application/json',
            // ok: cors-wildcard
            'Access-Control-Allow-Origin': '*',
          },
        });
      },
    },
  },
});
