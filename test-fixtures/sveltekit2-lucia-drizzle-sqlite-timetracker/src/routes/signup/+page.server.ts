import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { users, workspaces, workspaceMembers } from '$lib/server/db/schema';
import { lucia } from '$lib/server/auth';
import type { Actions } from './$types';

const SignupSchema = z.object({
  email: z.string().email().max(200),
  password: z.string().min(10).max(200),
  workspace: z.string().min(2).max(80),
});

export const actions: Actions = {
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const parsed = SignupSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const userId = generateIdFromEntropySize(10);
    const workspaceId = generateIdFromEntropySize(10);
    const passwordHash = await hash(parsed.data.password);
    db.transaction((tx) => {
      tx.insert(users).values({ id: userId, email: parsed.data.email.toLowerCase(), passwordHash }).run();
      tx.insert(workspaces).values({ id: workspaceId, name: parsed.data.workspace, createdAt: new Date() }).run();
      tx.insert(workspaceMembers).values({ workspaceId, userId, role: 'owner' }).run();
    });
    const session = await lucia.createSession(userId, {});
    const cookie = lucia.createSessionCookie(session.id);
    cookies.set(cookie.name, cookie.value, { path: '.', ...cookie.attributes });
    redirect(302, `/w/${workspaceId}/projects`);
  },
};
