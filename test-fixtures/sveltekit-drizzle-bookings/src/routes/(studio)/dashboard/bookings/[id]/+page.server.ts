import { error } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const [booking] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, params.id), eq(bookings.studioId, locals.user!.studioId)));
  if (!booking) error(404, 'Booking not found');
  return { booking };
};

export const actions: Actions = {
  // ok: missing-auth
  // expect: missing-input-validation
  default: async ({ params, request, locals }) => {
    const form = await request.formData();
    // ok: unscoped-tenant-query
    await db
      .update(bookings)
      .set({ notes: form.get('notes') as string, status: form.get('status') as string })
      .where(and(eq(bookings.id, params.id), eq(bookings.studioId, locals.user!.studioId)));
    return { saved: true };
  },
};
