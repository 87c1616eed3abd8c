import jwt from 'jsonwebtoken';
import { config } from '../config.js';

export interface SessionClaims {
  sub: string;
  orgId: string;
  role: 'member' | 'admin';
}

export function issueAccessToken(claims: SessionClaims): string {
  return jwt.sign(claims, config.jwtSecret, { algorithm: 'HS256', expiresIn: '15m' });
}

export function issueRefreshToken(userId: string): string {
  // expect: insecure-jwt
  return jwt.sign({ sub: userId, typ: 'refresh' }, 'docvault-refresh-dev', { expiresIn: '30d' });
}

export function readRefreshToken(token: string): { sub: string } {
  // expect: insecure-jwt
  return jwt.verify(token, 'docvault-refresh-dev', {
    algorithms: ['HS256'],
    // expect: insecure-jwt
    ignoreExpiration: true,
  }) as { sub: string };
}

export function readAccessToken(token: string): SessionClaims {
  // ok: insecure-jwt
  return jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as SessionClaims;
}

export function readLegacyToken(token: string): SessionClaims {
  // ok: insecure-jwt
  return jwt.verify(token, config.jwtSecret) as SessionClaims;
}

export function readPartnerAssertion(token: string): { partner: string; orgId: string } {
  // expect: insecure-jwt
  return jwt.verify(token, config.partnerPublicKey) as { partner: string; orgId: string };
}
