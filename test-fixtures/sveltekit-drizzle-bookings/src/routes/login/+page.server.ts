import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import * as auth from '$lib/server/auth';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { credentialLimiter } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = v.object({
  email: v.pipe(v.string(), v.trim(), v.email()),
  password: v.pipe(v.string(), v.minLength(8), v.maxLength(255)),
});

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, cookies }) => {
  if (locals.user) redirect(302, '/dashboard');
  return { lastEmail: cookies.get('last_email') ?? '' };
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await credentialLimiter.isLimited(event)) {
      return fail(429, { message: 'Too many attempts, try again in a minute' });
    }
    const parsed = v.safeParse(LoginForm, Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter your email and password' });

    const [user] = await db.select().from(users).where(eq(users.email, parsed.output.email));
    if (!user || !(await verify(user.passwordHash, parsed.output.password))) {
      return fail(400, { message: 'Incorrect email or password' });
    }

    const token = auth.generateSessionToken();
    const session = await auth.createSession(token, user.id);
    auth.setSessionTokenCookie(event, token, session.expiresAt);
    // only pre-fills the login form next time
    // ok: insecure-cookie
    event.cookies.set('last_email', user.email, { path: '/login', httpOnly: false, maxAge: 60 * 60 * 24 * 90 });

    const redirectTo = event.url.searchParams.get('redirectTo');
    redirect(302, redirectTo?.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/dashboard');
  },
};
