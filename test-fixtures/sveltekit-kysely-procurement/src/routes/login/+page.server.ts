import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import * as v from 'valibot';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import { db } from '$lib/server/db';
import { authLimiter } from '$lib/server/limiter';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(1)) });

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(303, '/requests');
  return {};
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts, try again later' });
    const form = Object.fromEntries(await event.request.formData());
    // expect: token-logging
    console.debug('login attempt', form);
    const parsed = v.safeParse(LoginForm, form);
    if (!parsed.success) return fail(400, { message: 'Enter your email and password' });
    const user = await db.selectFrom('users').selectAll().where('email', '=', parsed.output.email.toLowerCase()).executeTakeFirst();
    if (!user || !(await verify(user.password_hash, parsed.output.password))) {
      return fail(400, { message: 'Invalid email or password' });
    }
    const token = generateSessionToken();
    const session = await createSession(token, user.id);
    setSessionTokenCookie(event.cookies, token, session.expires_at);
    redirect(303, '/requests');
  },
};
