import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { superValidate, message } from 'sveltekit-superforms';
import { zod } from 'sveltekit-superforms/adapters';
import { db, users } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { authLimiter } from '$lib/server/rate-limit';
import { loginSchema } from '$lib/schemas';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(302, '/app');
  return { form: await superValidate(zod(loginSchema)) };
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  default: async (event) => {
    const form = await superValidate(event.request, zod(loginSchema));
    if (!form.valid) return fail(400, { form });

    if (await authLimiter.isLimited(event)) {
      return message(form, 'Too many attempts, try again in a few minutes', { status: 429 });
    }

    // ok: unscoped-tenant-query
    const user = await db.query.users.findFirst({ where: eq(users.email, form.data.email.toLowerCase()) });
    const valid = user ? await verify(user.passwordHash, form.data.password) : false;
    if (!user || !valid) {
      // ok: token-logging
      console.warn('failed login', { email: form.data.email });
      return message(form, 'Incorrect email or password', { status: 400 });
    }

    const token = generateSessionToken();
    const session = await createSession(token, user.id);
    setSessionTokenCookie(event, token, session.expiresAt);

    if (event.url.searchParams.get('remember') === '1') {
      // expect: insecure-cookie
      event.cookies.set('remember_token', token, { path: '/', httpOnly: false, maxAge: 60 * 60 * 24 * 365 });
    }
    // ok: insecure-cookie
    event.cookies.set('last_email', form.data.email, { path: '/login', httpOnly: false });

    redirect(303, event.url.searchParams.get('redirectTo')?.startsWith('/') ? event.url.searchParams.get('redirectTo')! : '/app');
  },
};
