import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { config } from './config';

export type Role = 'OWNER' | 'ADMIN' | 'TUTOR';

export interface AccessClaims {
  sub: string;
  orgId: string;
  role: Role;
}

export function signAccessToken(claims: AccessClaims): string {
  return jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', expiresIn: '15m' });
}

export function verifyAccessToken(token: string): AccessClaims {
  // ok: insecure-jwt
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as AccessClaims;
}

export function readInviteClaims(token: string) {
  // expect: insecure-jwt
  return jwt.decode(token) as { email: string; orgId: string; role: Role } | null;
}

export function newOpaqueToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url');
  return { token, hash: crypto.createHash('sha256').update(token).digest('hex') };
}

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
