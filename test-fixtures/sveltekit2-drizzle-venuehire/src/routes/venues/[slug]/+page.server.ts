import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, events, venues } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// the public venue page; a signed-in coordinator also sees their own holds on it
// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  const [venue] = await db.select().from(venues).where(and(eq(venues.slug, params.slug), eq(venues.isListed, true)));
  if (!venue) error(404);
  const holds = locals.user
    ? // ok: unscoped-tenant-query
      await db.select().from(events).where(and(eq(events.venueId, venue.id), eq(events.teamId, locals.user.teamId)))
    : [];
  return { venue, holds };
};
