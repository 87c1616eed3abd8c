import jwt from 'jsonwebtoken';

// expect: insecure-jwt
const JWT_SECRET = process.env.JWT_SECRET || 'grantflow-dev-secret';

export type TokenClaims = { sub: string; orgId: string; role: string };

export function signAccessToken(claims: TokenClaims) {
  return jwt.sign(claims, JWT_SECRET, { expiresIn: '15m', algorithm: 'HS256' });
}

export function verifyAccessToken(token: string): TokenClaims {
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }) as TokenClaims;
}
