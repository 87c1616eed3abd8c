import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { hash } from '@node-rs/argon2';
import { generateIdFromEntropySize } from 'lucia';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import { signupSchema } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ form: await superValidate(zod(signupSchema)) });

export const actions: Actions = {
  // expect: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  default: async ({ request, cookies }) => {
    const form = await superValidate(request, zod(signupSchema));
    if (!form.valid) return fail(400, { form });
    const id = generateIdFromEntropySize(10);
    await db.insert(users).values({
      id,
      name: form.data.name,
      email: form.data.email.toLowerCase(),
      gymId: form.data.gymId,
      passwordHash: await hash(form.data.password),
    });
    const session = await lucia.createSession(id, {});
    const sessionCookie = lucia.createSessionCookie(session.id);
    cookies.set(sessionCookie.name, sessionCookie.value, { path: '.', ...sessionCookie.attributes });
    redirect(302, '/classes');
  },
};
