import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { prisma } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import type { Actions } from './$types';

export const actions: Actions = {
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').toLowerCase();
    const password = String(form.get('password') ?? '');
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await verify(user.passwordHash, password))) {
      return fail(400, { message: 'Incorrect email or password' });
    }
    const token = generateSessionToken();
    const session = await createSession(token, user.id);
    setSessionTokenCookie(cookies, token, session.expiresAt);
    redirect(303, '/app');
  },
};
