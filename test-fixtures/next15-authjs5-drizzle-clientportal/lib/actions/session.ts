'use server';

import { cookies } from 'next/headers';
import { randomBytes } from 'node:crypto';
import { auth } from '@/auth';

// ok: missing-role-check
export async function impersonate(userId: string) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');
  if (session.user.role !== 'admin') throw new Error('Forbidden');

  const token = randomBytes(24).toString('base64url');
  const jar = await cookies();
  // expect: insecure-cookie
  jar.set('impersonation_token', `${userId}.${token}`, { httpOnly: true, sameSite: 'lax' });
}

export async function setTheme(theme: 'light' | 'dark') {
  const jar = await cookies();
  // ok: insecure-cookie
  jar.set('theme', theme, { maxAge: 60 * 60 * 24 * 365 });
}
