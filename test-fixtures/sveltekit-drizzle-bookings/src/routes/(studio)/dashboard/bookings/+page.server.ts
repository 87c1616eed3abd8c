import { fail } from '@sveltejs/kit';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { bookings, rooms } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

const NewBooking = z.object({
  roomId: z.string().uuid(),
  customerName: z.string().min(1).max(120),
  customerEmail: z.string().email(),
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
});

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  // ok: unscoped-tenant-query
  const list = await db.query.bookings.findMany({
    where: eq(bookings.studioId, locals.user!.studioId),
    with: { room: true },
    orderBy: desc(bookings.startsAt),
  });
  return { bookings: list };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals }) => {
    const parsed = NewBooking.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const studioId = locals.user!.studioId;
    // the room must belong to the caller's studio
    // ok: unscoped-tenant-query
    const [room] = await db.select().from(rooms).where(and(eq(rooms.id, parsed.data.roomId), eq(rooms.studioId, studioId)));
    if (!room) return fail(404, { message: 'Unknown room' });
    await db.insert(bookings).values({ ...parsed.data, studioId });
    return { created: true };
  },

  // ok: missing-auth
  cancel: async ({ request }) => {
    const form = await request.formData();
    const id = String(form.get('id'));
    // any signed-in studio can cancel any other studio's booking by id
    // expect: unscoped-tenant-query
    await db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, id));
    return { cancelled: id };
  },
};
