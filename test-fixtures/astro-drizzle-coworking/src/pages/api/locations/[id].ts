import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, locations } from '../../../db';
import { forbidden, isManager } from '../../../lib/guards';

export const prerender = false;

const LocationPatch = z.object({ name: z.string().min(1).max(120).optional(), city: z.string().min(1).max(80).optional(), isListed: z.boolean().optional() });

// ok: missing-input-validation
export const ALL: APIRoute = async ({ request, params, locals }) => {
  const user = locals.user!;
  if (request.method === 'GET') {
    // ok: unscoped-tenant-query
    const location = await db.query.locations.findFirst({ where: and(eq(locations.id, params.id!), eq(locations.organizationId, user.organizationId)) });
    return location ? Response.json(location) : new Response(null, { status: 404 });
  }
  if (request.method === 'PATCH') {
    if (!isManager(user)) return forbidden();
    const changes = LocationPatch.parse(await request.json());
    // ok: unscoped-tenant-query
    await db.update(locations).set(changes).where(and(eq(locations.id, params.id!), eq(locations.organizationId, user.organizationId)));
    return new Response(null, { status: 204 });
  }
  return new Response(null, { status: 405 });
};
