import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { SignJWT } from 'jose';
import { getSession } from '@/lib/session';

const key = new TextEncoder().encode(process.env.JWT_SECRET);

// Re-issues the API token for the embedded editor (signed-in users only).
// ok: missing-auth, missing-rate-limit
export async function POST() {
  const session = await getSession();
  if (!session.userId) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const token = await new SignJWT({ sub: session.userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(key);
  // expect: insecure-cookie
  (await cookies()).set('token', token, { path: '/', maxAge: 3600 });
  // ok: insecure-cookie
  (await cookies()).set('editor_tour_seen', '1');
  return NextResponse.json({ token });
}
