'use server';

import { cookies } from 'next/headers';
import { prisma } from '@/lib/prisma';

// the form in front of a password-protected short link: the visitor types the link's password
// ok: missing-auth
// expect: missing-rate-limit
export async function verifyPassword(_prev: unknown, form: FormData) {
  const key = String(form.get('key') ?? '');
  const password = String(form.get('password') ?? '');
  const link = await prisma.link.findFirst({ where: { key }, select: { id: true, password: true } });
  if (!link || link.password !== password) return { error: 'Wrong password' };
  const jar = await cookies();
  jar.set(`link-pass-${link.id}`, '1', { path: `/l/${key}`, httpOnly: true, secure: true, sameSite: 'lax' });
  return { ok: true };
}
