import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { db, users, workspaces } from '$lib/server/db';
import { lucia } from '$lib/server/auth';
import type { Actions } from './$types';

const SignupForm = z.object({
  workspace: z.string().min(2).max(60),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(12).max(128),
});

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const parsed = SignupForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { workspace, name, email, password } = parsed.data;

    const workspaceId = generateIdFromEntropySize(10);
    const userId = generateIdFromEntropySize(10);
    await db.transaction(async (tx) => {
      await tx.insert(workspaces).values({ id: workspaceId, name: workspace, slug: workspace.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
      await tx.insert(users).values({
        id: userId,
        workspaceId,
        email: email.toLowerCase(),
        name,
        passwordHash: await hash(password),
        role: 'admin',
      });
    });
    const session = await lucia.createSession(userId, {});
    const cookie = lucia.createSessionCookie(session.id);
    cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(303, '/app/boards');
  },
};
