import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { SESSION_COOKIE } from '@/lib/session';

// ok: missing-auth
export async function POST() {
  const store = await cookies();
  // ok: insecure-cookie
  store.set(SESSION_COOKIE, '', { path: '/', maxAge: 0 });
  return NextResponse.json({ ok: true });
}
