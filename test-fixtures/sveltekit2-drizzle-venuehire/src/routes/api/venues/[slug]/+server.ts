import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, venues } from '$lib/server/db';
import type { RequestHandler } from './$types';

// public venue page data for the marketing site
// ok: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  const [venue] = await db
    .select({ id: venues.id, name: venues.name, capacity: venues.capacity, dayRateCents: venues.dayRateCents })
    .from(venues)
    .where(and(eq(venues.slug, params.slug), eq(venues.isListed, true)));
  if (!venue) error(404);
  return json(venue, { headers: { 'cache-control': 'public, max-age=300' } });
};
