import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { lucia } from '$lib/server/auth';
import { db, users, organizations } from '$lib/server/db';
import { signupLimiter } from '$lib/server/limits';
import type { Actions } from './$types';

const SignupForm = z.object({
  agencyName: z.string().min(2).max(120),
  email: z.string().email(),
  password: z.string().min(10).max(200),
});

export const actions: Actions = {
  // ok: missing-rate-limit, missing-input-validation, missing-auth
  default: async (event) => {
    if (await signupLimiter.isLimited(event)) return fail(429, { message: 'Too many attempts, try again later' });
    const form = Object.fromEntries(await event.request.formData());
    const parsed = SignupForm.safeParse(form);
    if (!parsed.success) {
      // expect: token-logging
      console.warn('signup rejected', form, parsed.error.issues);
      return fail(400, { errors: parsed.error.flatten().fieldErrors });
    }
    const orgId = generateIdFromEntropySize(10);
    await db.insert(organizations).values({ id: orgId, name: parsed.data.agencyName });
    const userId = generateIdFromEntropySize(10);
    await db.insert(users).values({ id: userId, orgId, email: parsed.data.email, role: 'admin', passwordHash: await hash(parsed.data.password) });
    const session = await lucia.createSession(userId, {});
    const cookie = lucia.createSessionCookie(session.id);
    event.cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(303, '/app');
  },
};
