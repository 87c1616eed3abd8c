import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { superValidate, message } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const EmailForm = z.object({ email: z.string().email().max(200) });

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  const user = requireUser(locals);
  return { form: await superValidate({ email: user.email }, zod(EmailForm)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  changeEmail: async ({ request, locals }) => {
    const user = requireUser(locals);
    const form = await superValidate(request, zod(EmailForm));
    if (!form.valid) return fail(400, { form });
    // ok: unscoped-tenant-query
    await db.update(users).set({ email: form.data.email }).where(eq(users.id, user.id));
    return message(form, 'Email updated');
  },
};
