import { fail, redirect } from '@sveltejs/kit';
import { superValidate, message } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import { authLimiter } from '$lib/server/limits';
import { loginSchema } from '$lib/server/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(302, '/classes');
  return { form: await superValidate(zod(loginSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts' });
    const form = await superValidate(event.request, zod(loginSchema));
    if (!form.valid) return fail(400, { form });

    const [user] = await db.select().from(users).where(eq(users.email, form.data.email.toLowerCase()));
    if (!user || !(await verify(user.passwordHash, form.data.password))) {
      // expect: token-logging
      console.warn('failed login', form.data);
      return message(form, 'Invalid email or password', { status: 400 });
    }

    const session = await lucia.createSession(user.id, {});
    const sessionCookie = lucia.createSessionCookie(session.id);
    // ok: insecure-cookie
    event.cookies.set(sessionCookie.name, sessionCookie.value, { path: '.', ...sessionCookie.attributes });
    redirect(302, '/classes');
  },
};
