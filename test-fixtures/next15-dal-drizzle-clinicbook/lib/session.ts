import 'server-only';
import { SignJWT, jwtVerify } from 'jose';
import { cookies } from 'next/headers';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export type SessionPayload = { userId: number; clinicId: number; role: 'staff' | 'admin'; expiresAt: Date };

export async function encrypt(payload: SessionPayload) {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('7d').sign(key);
}

export async function decrypt(token: string | undefined) {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return payload as unknown as SessionPayload;
  } catch {
    return null;
  }
}

export async function createSession(userId: number, clinicId: number, role: SessionPayload['role']) {
  const expiresAt = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  const token = await encrypt({ userId, clinicId, role, expiresAt });
  const store = await cookies();
  // ok: insecure-cookie
  store.set('session', token, { httpOnly: true, secure: true, sameSite: 'lax', expires: expiresAt, path: '/' });
}
