import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { randomBytes } from 'node:crypto';
import { auth0 } from '@/lib/auth0';

// an agent opens a short support session for the live-chat widget
export async function POST() {
  const session = await auth0.getSession();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const jar = await cookies();
  const token = randomBytes(24).toString('hex');
  // expect: insecure-cookie
  jar.set('support_session', token, { httpOnly: true, maxAge: 60 * 60 });
  // ok: insecure-cookie
  jar.set('sd_theme', 'dark', { path: '/' });
  return NextResponse.json({ ok: true });
}
