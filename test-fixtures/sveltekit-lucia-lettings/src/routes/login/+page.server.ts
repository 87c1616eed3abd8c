import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { lucia } from '$lib/server/auth';
import { db, users } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(303, '/app');
  return {};
};

const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1) });

export const actions: Actions = {
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const parsed = LoginForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter your email and password' });
    const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
    if (!user || !(await verify(user.passwordHash, parsed.data.password))) return fail(400, { message: 'Wrong email or password' });
    const session = await lucia.createSession(user.id, {});
    const cookie = lucia.createSessionCookie(session.id);
    cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(303, '/app');
  },
};
