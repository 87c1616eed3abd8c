import { createFileRoute } from '@tanstack/react-router';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, venue } from '../../../db';
import { apiAuth } from '../../../lib/middleware';

const Patch = z.object({ name: z.string().min(2).max(120).optional(), capacity: z.number().int().positive().optional() });

export const Route = createFileRoute('/api/venues/$venueId')({
  server: {
    middleware: [apiAuth],
    handlers: {
      // ok: missing-auth
      GET: async ({ params, context }) => {
        // ok: unscoped-tenant-query
        const [row] = await db.select().from(venue).where(and(eq(venue.id, params.venueId), eq(venue.organizationId, context.orgId)));
        return row ? Response.json(row) : new Response('Not found', { status: 404 });
      },
      // ok: missing-auth, missing-input-validation
      PATCH: async ({ params, request, context }) => {
        const body = Patch.parse(await request.json());
        // ok: unscoped-tenant-query
        await db.update(venue).set(body).where(and(eq(venue.id, params.venueId), eq(venue.organizationId, context.orgId)));
        return new Response(null, { status: 204 });
      },
      // expect: missing-input-validation
      PUT: async ({ params, request }) => {
        const body = await request.json();
        // expect: unscoped-tenant-query
        await db.update(venue).set({ name: body.name, city: body.city, capacity: body.capacity }).where(eq(venue.id, params.venueId));
        return new Response(null, { status: 204 });
      },
    },
  },
});
