import { fail, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(302, '/');
  return {};
};

export const actions: Actions = {
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').toLowerCase();
    const password = String(form.get('password') ?? '');
    const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    if (!user || !(await verify(user.passwordHash, password))) {
      return fail(400, { email, message: 'Incorrect email or password' });
    }
    const session = await lucia.createSession(user.id, {});
    const cookie = lucia.createSessionCookie(session.id);
    // ok: insecure-cookie
    cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(302, '/');
  },
};
