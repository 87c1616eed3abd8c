import { fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, venues } from '$lib/server/db';
import { requireRole, requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const VenueForm = z.object({
  name: z.string().min(2).max(120),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  capacity: z.coerce.number().int().positive(),
  dayRateCents: z.coerce.number().int().nonnegative(),
});

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  // ok: unscoped-tenant-query
  return { venues: await db.select().from(venues).where(eq(venues.teamId, user.teamId)) };
};

export const actions: Actions = {
  // ok: missing-input-validation
  create: async ({ locals, request }) => {
    const user = requireRole(locals, 'owner', 'coordinator');
    const parsed = VenueForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    await db.insert(venues).values({ ...parsed.data, teamId: user.teamId });
  },

  remove: async ({ locals, request }) => {
    const user = requireRole(locals, 'owner');
    const venueId = String((await request.formData()).get('venueId'));
    const scope = and(eq(venues.id, venueId), eq(venues.teamId, user.teamId));
    // ok: unscoped-tenant-query
    await db.delete(venues).where(scope);
  },
};
