import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { db, locations } from '../../../db';

// Listed spaces for the public "find a desk" map

// ok: missing-auth
export const GET: APIRoute = async () => {
  const rows = await db
    .select({ id: locations.id, name: locations.name, city: locations.city })
    .from(locations)
    .where(eq(locations.isListed, true));
  return Response.json(rows, {
    headers: {
      // ok: cors-wildcard
      'Access-Control-Allow-Origin': '*',
      'cache-control': 'public, max-age=300',
    },
  });
};
