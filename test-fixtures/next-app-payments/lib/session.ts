import 'server-only';
import { SignJWT, jwtVerify } from 'jose';
import { cookies } from 'next/headers';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export type SessionPayload = { userId: string; merchantId: string; role: 'owner' | 'member' };

export async function encrypt(payload: SessionPayload) {
  // ok: insecure-jwt
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('8h').sign(key);
}

export async function decrypt(token: string | undefined) {
  if (!token) return null;
  try {
    // ok: insecure-jwt
    const { payload } = await jwtVerify<SessionPayload>(token, key, { algorithms: ['HS256'] });
    return payload;
  } catch {
    return null;
  }
}

export async function createSession(payload: SessionPayload) {
  const token = await encrypt(payload);
  // ok: insecure-cookie
  cookies().set('session', token, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
    sameSite: 'lax',
    path: '/',
    maxAge: 8 * 60 * 60,
  });
}

export async function getSession() {
  return decrypt(cookies().get('session')?.value);
}
