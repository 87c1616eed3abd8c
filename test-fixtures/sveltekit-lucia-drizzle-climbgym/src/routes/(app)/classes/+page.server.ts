import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { classes } from '$lib/server/db/schema';
import { requireStaff, requireUser } from '$lib/server/guards';
import { classSchema } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth, unscoped-tenant-query
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  const rows = await db.select().from(classes).where(eq(classes.gymId, user.gymId)).orderBy(asc(classes.startsAt));
  return { classes: rows, form: await superValidate(zod(classSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  create: async ({ request, locals }) => {
    const user = requireStaff(locals);
    const form = await superValidate(request, zod(classSchema));
    if (!form.valid) return fail(400, { form });
    try {
      await db.insert(classes).values({ id: crypto.randomUUID(), gymId: user.gymId, ...form.data });
    } catch (e) {
      // expect: error-details-leak
      return fail(500, { form, message: (e as Error).message });
    }
    return { form };
  },

  // ok: missing-auth
  cancel: async ({ request, locals }) => {
    const user = requireStaff(locals);
    const id = String((await request.formData()).get('id'));
    // ok: unscoped-tenant-query
    await db.delete(classes).where(and(eq(classes.id, id), eq(classes.gymId, user.gymId)));
    return { cancelled: id };
  },

  // ok: missing-auth
  remove: async ({ request, locals }) => {
    requireStaff(locals);
    const data = await request.formData();
    // expect: unscoped-tenant-query
    await db.delete(classes).where(eq(classes.id, String(data.get('id'))));
    return { removed: true };
  },
};
