import { cookies } from 'next/headers';
import { jwtVerify, SignJWT } from 'jose';

export type Session = { userId: string; orgId: string };

const key = new TextEncoder().encode(process.env.SESSION_JWT_SECRET);

export async function createSessionToken(session: Session) {
  return new SignJWT(session).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('8h').sign(key);
}

export async function getSession(): Promise<Session | null> {
  const token = (await cookies()).get('cf_session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return { userId: String(payload.userId), orgId: String(payload.orgId) };
  } catch {
    return null;
  }
}

export async function requireSession(): Promise<Session> {
  const session = await getSession();
  if (!session) throw new Error('UNAUTHORIZED');
  return session;
}
