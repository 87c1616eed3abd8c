import type { APIRoute } from 'astro';
import { verify } from '@node-rs/argon2';
import { z } from 'zod';
import { prisma } from '../../../lib/db';
import { createSession, SESSION_COOKIE } from '../../../lib/auth';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1) });

// expect: missing-rate-limit
export const POST: APIRoute = async ({ request, cookies, redirect }) => {
  const form = await request.formData();
  const parsed = Credentials.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return redirect('/login?error=invalid');

  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  if (!user || !(await verify(user.passwordHash, parsed.data.password))) {
    return redirect('/login?error=invalid');
  }

  const session = await createSession(user.id);
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, session.id, {
    httpOnly: true,
    secure: import.meta.env.PROD,
    sameSite: 'lax',
    path: '/',
    expires: session.expiresAt,
  });
  return redirect('/portal');
};
