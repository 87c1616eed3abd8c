import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, recipes } from '$lib/server/db';
import type { RequestHandler } from './$types';

// Published recipes, embedded on brewery websites.
// ok: missing-auth
export const GET: RequestHandler = async () => {
  // ok: unscoped-tenant-query
  const rows = await db
    .select({ id: recipes.id, name: recipes.name, style: recipes.style })
    .from(recipes)
    .where(eq(recipes.isPublic, true));
  return json(rows, {
    headers: {
      // ok: cors-wildcard
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'public, max-age=300',
    },
  });
};
