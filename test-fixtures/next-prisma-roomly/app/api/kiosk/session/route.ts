import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { randomUUID } from 'crypto';

// a shared-key sign-in for the lobby tablets: a login with no rate limit
// expect: missing-rate-limit
export async function POST(req: Request) {
  const key = req.headers.get('x-kiosk-key');
  if (key !== process.env.KIOSK_SECRET) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const sessionId = randomUUID();
  // expect: insecure-cookie
  cookies().set('kiosk_session', sessionId, { maxAge: 60 * 60 * 12 });
  return NextResponse.json({ ok: true });
}
