import { error, fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings, classes } from '$lib/server/db/schema';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ params, locals }) => {
  const user = requireUser(locals);
  // ok: unscoped-tenant-query
  const [row] = await db.select().from(classes).where(and(eq(classes.id, params.id), eq(classes.gymId, user.gymId)));
  if (!row) error(404, 'Class not found');
  return { class: row };
};

export const actions: Actions = {
  // expect: missing-input-validation
  // ok: missing-auth
  book: async ({ params, request, locals }) => {
    const user = requireUser(locals);
    // ok: unscoped-tenant-query
    const [cls] = await db.select().from(classes).where(and(eq(classes.id, params.id), eq(classes.gymId, user.gymId)));
    if (!cls) return fail(404, { message: 'Class not found' });
    const form = await request.formData();
    await db.insert(bookings).values({
      id: crypto.randomUUID(),
      classId: cls.id,
      gymId: user.gymId,
      userId: user.id,
      note: String(form.get('note') ?? ''),
    });
    return { booked: true };
  },
};
