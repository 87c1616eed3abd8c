import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { Actions } from './$types';

const SignupForm = z.object({
  agency: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10),
});

export const actions: Actions = {
  // expect: missing-rate-limit
  default: async ({ request }) => {
    const parsed = SignupForm.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { errors: parsed.error.flatten().fieldErrors });
    const { agency, name, email, password } = parsed.data;
    await prisma.agency.create({
      data: { name: agency, users: { create: { name, email, passwordHash: await hash(password), role: 'owner' } } },
    });
    redirect(303, '/login');
  },
};
