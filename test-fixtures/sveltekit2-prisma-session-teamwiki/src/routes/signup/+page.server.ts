import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { RetryAfterRateLimiter } from 'sveltekit-rate-limiter/server';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import type { Actions } from './$types';

const limiter = new RetryAfterRateLimiter({ IP: [10, 'h'], IPUA: [5, 'm'] });

const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  team: z.string().min(2),
});

export const actions: Actions = {
  // ok: missing-rate-limit, missing-auth, missing-input-validation
  default: async (event) => {
    const status = await limiter.check(event);
    if (status.limited) return fail(429, { message: `Try again in ${status.retryAfter}s` });

    const parsed = signupSchema.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid input' });

    const team = await prisma.team.create({ data: { name: parsed.data.team } });
    const user = await prisma.user.create({
      data: { email: parsed.data.email, passwordHash: await hash(parsed.data.password), role: 'owner', teamId: team.id },
    });
    const token = generateSessionToken();
    const session = await createSession(token, user.id);
    setSessionTokenCookie(event.cookies, token, session.expiresAt);
    redirect(303, '/app');
  },
};
