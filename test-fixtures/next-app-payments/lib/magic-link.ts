import { SignJWT, jwtVerify } from 'jose';

// expect: insecure-jwt
const MAGIC_SECRET = new TextEncoder().encode(process.env.MAGIC_LINK_SECRET ?? 'paydesk-magic-dev');

export function signMagicLink(email: string) {
  return new SignJWT({ email }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(MAGIC_SECRET);
}

export async function readMagicLink(token: string) {
  const { payload } = await jwtVerify(token, MAGIC_SECRET, { algorithms: ['HS256'] });
  return payload as { email: string };
}
