import jwt from 'jsonwebtoken';

// expect: insecure-jwt
export const JWT_SECRET = process.env.JWT_SECRET || 'warehouse-dev-secret';

export interface Claims {
  sub: string;
  tenantId: string;
  role: string;
}

export function signAccess(claims: Claims): string {
  // ok: insecure-jwt
  return jwt.sign(claims, JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
}

export function signRefresh(userId: string): string {
  return jwt.sign({ sub: userId, typ: 'refresh' }, JWT_SECRET, { expiresIn: '7d', algorithm: 'HS256' });
}

export function readInvite(token: string) {
  // expect: insecure-jwt
  return jwt.decode(token) as { email: string; tenantId: string; role: string } | null;
}

// ok: hardcoded-secret
export const SKU_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
