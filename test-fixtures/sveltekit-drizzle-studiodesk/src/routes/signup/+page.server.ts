import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users, workspaces, workspaceMembers } from '$lib/server/db/schema';
import * as auth from '$lib/server/auth';
import type { Actions } from './$types';

const SignupForm = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(10).max(200),
  studio: z.string().min(2).max(120),
});

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async (event) => {
    const parsed = SignupForm.safeParse(Object.fromEntries(await event.request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { name, email, password, studio } = parsed.data;
    const userId = crypto.randomUUID();
    const workspaceId = crypto.randomUUID();
    try {
      await db.transaction(async (tx) => {
        await tx.insert(users).values({ id: userId, name, email: email.toLowerCase(), passwordHash: await hash(password) });
        await tx.insert(workspaces).values({ id: workspaceId, name: studio, slug: `${studio.toLowerCase().replace(/\W+/g, '-')}-${workspaceId.slice(0, 6)}` });
        await tx.insert(workspaceMembers).values({ workspaceId, userId, role: 'owner' });
      });
    } catch (e) {
      // expect: error-details-leak
      return fail(500, { message: (e as Error).message });
    }
    const token = auth.generateSessionToken();
    const session = await auth.createSession(token, userId);
    auth.setSessionTokenCookie(event, token, session.expiresAt);
    redirect(302, `/w/${workspaceId}/clients`);
  },
};
