import { cookies } from 'next/headers';
import { NextRequest, NextResponse } from 'next/server';
import { clientIp, ratelimit } from '@/lib/ratelimit';
import { verifyInviteToken } from '@/lib/tokens';

// Landing URL from invite emails. Stashes the invite for POST /api/auth/signup and
// sends the user to the signup form with their email pre-filled.
// ok: missing-rate-limit
export async function GET(req: NextRequest) {
  const { success } = await ratelimit.limit(`invite-accept:${clientIp(req)}`);
  if (!success) return NextResponse.json({ error: 'Too many requests' }, { status: 429 });

  const token = req.nextUrl.searchParams.get('token');
  if (!token) return NextResponse.redirect(new URL('/signup', req.url));

  try {
    const invite = await verifyInviteToken(token);
    // expect: insecure-cookie
    cookies().set('token', token, { path: '/api/auth', maxAge: 60 * 60 * 24 * 7 });

    const signup = new URL('/signup', req.url);
    signup.searchParams.set('email', invite.email);
    return NextResponse.redirect(signup);
  } catch {
    return NextResponse.redirect(new URL('/signup?invite=invalid', req.url));
  }
}
