import { NextResponse } from 'next/server';
import bcrypt from 'bcryptjs';
import { cookies } from 'next/headers';
import { db } from '@/lib/db';
import { createSession } from '@/lib/session';
import { loginLimiter } from '@/lib/ratelimit';

// ok: missing-rate-limit
export async function POST(req: Request) {
  const ip = req.headers.get('x-forwarded-for') ?? 'local';
  const { success } = await loginLimiter.limit(ip);
  if (!success) return NextResponse.json({ error: 'Too many attempts' }, { status: 429 });

  const { email, password } = await req.json();
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return NextResponse.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  await createSession({ userId: user.id, merchantId: user.merchantId, role: user.role });
  const cookieStore = cookies();
  // expect: insecure-cookie
  cookieStore.set('refresh_token', crypto.randomUUID(), { httpOnly: true, path: '/api/auth/refresh' });
  // ok: insecure-cookie
  cookieStore.set('last_merchant', user.merchantId, { path: '/' });
  // the page's script reads this to show "signed in" before it fetches anything: a flag, no credential
  // ok: insecure-cookie
  cookieStore.set('session_hint', '1', { path: '/' });
  return NextResponse.json({ ok: true });
}
