import { SignJWT, jwtVerify } from 'jose';

export type SessionUser = { id: string; organizationId: string; role: 'member' | 'manager' | 'admin'; name: string };

// expect: insecure-jwt
const secret = new TextEncoder().encode(import.meta.env.SESSION_SECRET ?? 'deskhive-dev-session-secret');

export async function createSessionToken(user: SessionUser): Promise<string> {
  return new SignJWT({ org: user.organizationId, role: user.role, name: user.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime('12h')
    .sign(secret);
}

export async function readSessionToken(token: string): Promise<SessionUser | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] });
    return { id: String(payload.sub), organizationId: String(payload.org), role: payload.role as SessionUser['role'], name: String(payload.name) };
  } catch {
    return null;
  }
}

export const SESSION_COOKIE = 'dh_session';
