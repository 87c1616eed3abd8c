import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import * as auth from '$lib/server/auth';
import { db } from '$lib/server/db';
import { studios, users } from '$lib/server/db/schema';
import type { Actions } from './$types';

const SignupForm = z.object({
  studioName: z.string().trim().min(2).max(80),
  slug: z.string().regex(/^[a-z0-9-]{3,40}$/),
  email: z.string().email(),
  password: z.string().min(10).max(255),
});

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async (event) => {
    const parsed = SignupForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { studioName, slug, email, password } = parsed.data;

    const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 });
    const user = await db.transaction(async (tx) => {
      const [studio] = await tx.insert(studios).values({ name: studioName, slug }).returning();
      const [owner] = await tx.insert(users).values({ email, passwordHash, role: 'owner', studioId: studio.id }).returning();
      return owner;
    });

    const token = auth.generateSessionToken();
    const session = await auth.createSession(token, user.id);
    auth.setSessionTokenCookie(event, token, session.expiresAt);
    redirect(302, '/dashboard');
  },
};
