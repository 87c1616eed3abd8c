import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import { lucia } from '$lib/server/auth';
import { authLimiter } from '$lib/server/limits';
import type { Actions, PageServerLoad } from './$types';

const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1) });

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(302, '/app/boards');
  return {};
};

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts, try again in a minute' });
    const parsed = LoginForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid email or password' });

    const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email.toLowerCase()));
    if (!user || !(await verify(user.passwordHash, parsed.data.password))) {
      return fail(400, { message: 'Invalid email or password' });
    }
    const session = await lucia.createSession(user.id, {});
    const cookie = lucia.createSessionCookie(session.id);
    // ok: insecure-cookie
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(303, event.url.searchParams.get('next')?.startsWith('/app') ? event.url.searchParams.get('next')! : '/app/boards');
  },
};
