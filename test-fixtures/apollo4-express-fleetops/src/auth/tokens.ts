import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';

// expect: insecure-jwt
const ACCESS_SECRET = process.env.JWT_SECRET || 'fleetops-local-dev';

export interface AccessClaims {
  sub: string;
  orgId: string;
  role: 'OWNER' | 'ADMIN' | 'DISPATCHER' | 'DRIVER';
}

export function signAccessToken(claims: AccessClaims, expiresIn = '12h'): string {
  return jwt.sign(claims, ACCESS_SECRET, { algorithm: 'HS256', expiresIn });
}

export function verifyAccessToken(token: string): AccessClaims {
  return jwt.verify(token, ACCESS_SECRET, { algorithms: ['HS256'] }) as AccessClaims;
}

export function newResetToken() {
  const token = crypto.randomBytes(32).toString('hex');
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  return { token, tokenHash };
}
