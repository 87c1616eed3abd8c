import { cookies } from 'next/headers';
import { jwtVerify, SignJWT } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

export async function getSession() {
  const token = (await cookies()).get('qw_session')?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return payload as { sub: string; agencyId: string };
  } catch {
    return null;
  }
}

export function signSession(sub: string, agencyId: string) {
  return new SignJWT({ agencyId }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setExpirationTime('8h').sign(key);
}
