import { serialize } from 'cookie';
import { db } from '@/lib/db';
import { encrypt } from '@/lib/session';

// Single sign-on for merchants whose staff log in through their company's identity provider.
export async function GET(req: Request) {
  const url = new URL(req.url);
  const code = url.searchParams.get('code');
  if (!code) return new Response('Missing code', { status: 400 });
  const res = await fetch(`${process.env.SSO_ISSUER}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: process.env.SSO_CLIENT_ID!, client_secret: process.env.SSO_CLIENT_SECRET! }),
  });
  if (!res.ok) return new Response('Sign-in failed', { status: 401 });
  const tokens = await res.json();
  const profile = await (await fetch(`${process.env.SSO_ISSUER}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
  const user = await db.user.findUnique({ where: { email: profile.email } });
  if (!user) return new Response('No account for this email', { status: 403 });
  const session = await encrypt({ userId: user.id, merchantId: user.merchantId, role: user.role as 'owner' | 'member' });
  const headers = new Headers({ Location: '/dashboard' });
  // expect: insecure-cookie
  headers.append('Set-Cookie', `session=${session}; Path=/; HttpOnly; SameSite=Lax`);
  // ok: insecure-cookie
  headers.append('Set-Cookie', serialize('sso_refresh_token', tokens.refresh_token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/api/auth' }));
  return new Response(null, { status: 302, headers });
}
