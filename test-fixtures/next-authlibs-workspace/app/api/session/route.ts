import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { verifyFirebaseUser } from '@/lib/firebase';

// exchanges a Firebase ID token for our own session cookie
// ok: missing-auth
// expect: missing-rate-limit
export async function POST(req: Request) {
  const user = await verifyFirebaseUser(req);
  if (!user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  try {
    // ok: insecure-cookie
    cookies().set('session', user.uid, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 8 });
    return NextResponse.json({ ok: true });
  } catch (err) {
    // expect: error-details-leak
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
