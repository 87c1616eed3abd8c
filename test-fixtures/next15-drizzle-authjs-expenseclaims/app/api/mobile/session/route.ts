import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import jwt from 'jsonwebtoken';
import { getSessionUser, unauthorized } from '@/lib/session';

// The companion app opens a web view and trades the browser session for a short-lived API token.
// ok: missing-auth
export async function POST() {
  const user = await getSessionUser();
  if (!user) return unauthorized();
  const apiToken = jwt.sign({ sub: user.id, orgId: user.orgId }, process.env.MOBILE_JWT_SECRET!, { expiresIn: '15m' });
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set('mobile_token', apiToken, { path: '/', maxAge: 900 });
  return NextResponse.json({ ok: true });
}
