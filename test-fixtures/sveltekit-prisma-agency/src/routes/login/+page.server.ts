import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import { authLimiter } from '$lib/server/limits';
import type { Actions } from './$types';

const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1) });

export const actions: Actions = {
  // ok: missing-auth, missing-rate-limit
  default: async (event) => {
    if (await authLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts' });
    const parsed = LoginForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid form' });
    const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
    if (!user || !(await verify(user.passwordHash, parsed.data.password))) {
      return fail(400, { message: 'Wrong email or password' });
    }
    const session = await prisma.session.create({
      data: { id: randomBytes(24).toString('hex'), userId: user.id, expiresAt: new Date(Date.now() + 7 * 86_400_000) },
    });
    event.cookies.set('sid', session.id, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
    redirect(303, event.url.searchParams.get('next')?.startsWith('/') ? event.url.searchParams.get('next')! : '/clients');
  },
};
