import { createMiddleware } from 'hono/factory';
import { getCookie } from 'hono/cookie';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { logger } from '../lib/logger';

export interface Claims extends JWTPayload {
  sub: string;
  orgId: string;
  role: 'owner' | 'admin' | 'inspector' | 'viewer';
}

export type AuthEnv = { Variables: { claims: Claims } };

const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URL ?? 'https://auth.fieldreports.app/.well-known/jwks.json'));

export const requireJwt = createMiddleware<AuthEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  const token = header?.startsWith('Bearer ') ? header.slice(7) : getCookie(c, 'fr_at');
  if (!token) return c.json({ error: 'unauthorized' }, 401);
  try {
    // ok: insecure-jwt
    const { payload } = await jwtVerify(token, JWKS, { issuer: process.env.JWT_ISSUER, audience: process.env.JWT_AUDIENCE });
    c.set('claims', payload as Claims);
  } catch {
    return c.json({ error: 'unauthorized' }, 401);
  }
  // ok: token-logging
  logger.debug({ sub: c.get('claims').sub, orgId: c.get('claims').orgId }, 'authenticated');
  await next();
});

export const requireRole = (...roles: Claims['role'][]) =>
  createMiddleware<AuthEnv>(async (c, next) => {
    if (!roles.includes(c.get('claims').role)) return c.json({ error: 'forbidden' }, 403);
    await next();
  });
