import { fail, redirect } from '@sveltejs/kit';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { RateLimiter } from 'sveltekit-rate-limiter/server';
import { z } from 'zod';
import { db, users } from '$lib/server/db';
import { startSession } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const limiter = new RateLimiter({ IP: [10, 'h'], IPUA: [5, 'm'] });
const LoginForm = z.object({ email: z.string().email(), password: z.string().min(1) });

export const load: PageServerLoad = async ({ locals }) => {
  if (locals.user) redirect(303, '/dashboard');
};

export const actions: Actions = {
  // ok: missing-rate-limit, missing-auth
  default: async (event) => {
    if (await limiter.isLimited(event)) return fail(429, { message: 'Too many attempts, try again later' });
    const parsed = LoginForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Enter your email and password' });
    const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email));
    if (!user || !(await verify(user.passwordHash, parsed.data.password))) {
      // ok: token-logging
      console.warn('failed login for', parsed.data.email);
      return fail(400, { message: 'Wrong email or password' });
    }
    await startSession(event.cookies, user.id);
    if (event.url.searchParams.has('remember')) {
      const deviceToken = crypto.randomUUID();
      // expect: insecure-cookie
      event.cookies.set('vh_device_token', deviceToken, { path: '/', httpOnly: false, maxAge: 90 * 86400 });
    }
    redirect(303, '/dashboard');
  },
};
