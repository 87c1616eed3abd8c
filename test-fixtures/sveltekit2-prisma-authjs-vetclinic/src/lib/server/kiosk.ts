import jwt from 'jsonwebtoken';
import { env } from '$env/dynamic/private';

// expect: insecure-jwt
const KIOSK_SECRET = env.KIOSK_JWT_SECRET ?? 'vetclinic-kiosk-dev';

export type KioskClaims = { sub: string; clinicId: string };

export function issueKioskToken(claims: KioskClaims) {
  return jwt.sign(claims, KIOSK_SECRET, { expiresIn: '12h' });
}

export function verifyKioskToken(token: string | null): KioskClaims | null {
  if (!token) return null;
  try {
    return jwt.verify(token, KIOSK_SECRET, { algorithms: ['HS256'] }) as KioskClaims;
  } catch {
    return null;
  }
}
