import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import * as auth from '$lib/server/auth';
import { loginLimiter } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = z.object({
  email: z.string().email(),
  password: z.string().min(8).max(200),
  remember: z.literal('on').optional(),
});

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(302, '/');
  return {};
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  default: async (event) => {
    if (await loginLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts, try again later' });
    const parsed = LoginForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid email or password' });
    const { email, password, remember } = parsed.data;

    const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
    if (!user || !(await verify(user.passwordHash, password))) {
      return fail(400, { message: 'Invalid email or password' });
    }
    const token = auth.generateSessionToken();
    const session = await auth.createSession(token, user.id);
    auth.setSessionTokenCookie(event, token, session.expiresAt);
    if (remember) {
      // desktop widget reads this to stay signed in
      // expect: insecure-cookie
      event.cookies.set('remember_token', token, { path: '/', httpOnly: false, maxAge: 60 * 60 * 24 * 90 });
    }
    // expect: token-logging
    console.info('login ok', { email, sessionToken: token });
    redirect(302, '/');
  },
};
