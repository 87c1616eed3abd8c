import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { db, teams, users } from '$lib/server/db';
import { startSession } from '$lib/server/session';
import type { Actions } from './$types';

const SignupForm = z.object({
  company: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10),
});

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const parsed = SignupForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { company, name, email, password } = parsed.data;
    const [team] = await db.insert(teams).values({ name: company, slug: company.toLowerCase().replace(/\W+/g, '-') }).returning();
    const [user] = await db
      .insert(users)
      .values({ teamId: team.id, name, email, passwordHash: await hash(password), role: 'owner' })
      .returning();
    await startSession(cookies, user.id);
    redirect(303, '/dashboard');
  },
};
