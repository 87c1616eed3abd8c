import { fail, redirect } from '@sveltejs/kit';
import bcrypt from 'bcryptjs';
import { randomUUID } from 'node:crypto';
import { prisma } from '$lib/server/db';

// Password sign-in for members without a Google account.
export const actions = {
  // ok: missing-auth
  // expect: missing-rate-limit
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '');
    const member = await prisma.member.findUnique({ where: { email } });
    if (!member?.passwordHash || !(await bcrypt.compare(String(form.get('password') ?? ''), member.passwordHash))) {
      return fail(401, { email, invalid: true });
    }
    // ok: insecure-cookie
    cookies.set('crm_session', randomUUID(), { path: '/', maxAge: 60 * 60 * 8 });
    redirect(303, '/contacts');
  },
};
