import type { RequestHandler } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';

export const ROLES = ['admin', 'dispatcher', 'technician'] as const;
export type Role = (typeof ROLES)[number];

export interface AuthContext {
  userId: string;
  tenantId: string;
  role: Role;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by `authenticate`; only read in handlers mounted behind it. */
      auth: AuthContext;
      /** Set by `resolveTenant`; only read in handlers mounted behind it. */
      tenantId: string;
    }
  }
}

const JWT_SECRET = process.env.JWT_SECRET ?? '';
if (JWT_SECRET.length < 32) {
  throw new Error('JWT_SECRET must be set and at least 32 characters long');
}
const JWT_ISSUER = 'fieldservice-api';
const JWT_AUDIENCE = 'fieldservice-web';

const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid(),
  role: z.enum(ROLES),
});

export function signAccessToken(ctx: AuthContext): string {
  return jwt.sign({ tid: ctx.tenantId, role: ctx.role }, JWT_SECRET, {
    algorithm: 'HS256',
    subject: ctx.userId,
    issuer: JWT_ISSUER,
    audience: JWT_AUDIENCE,
    expiresIn: '1h',
  });
}

export const authenticate: RequestHandler = (req, res, next) => {
  const header = req.headers.authorization;
  // expect: token-logging
  console.debug(`[auth] ${req.method} ${req.path} authorization=${header}`);

  if (!header || !header.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'missing bearer token' });
  }

  let decoded: unknown;
  try {
    decoded = jwt.verify(header.slice('Bearer '.length), JWT_SECRET, {
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
    });
  } catch (err) {
    // ok: token-logging
    console.warn('[auth] rejected token', { path: req.path, reason: (err as Error).name });
    return res.status(401).json({ error: 'invalid token' });
  }

  const claims = claimsSchema.safeParse(decoded);
  if (!claims.success) {
    return res.status(401).json({ error: 'invalid token' });
  }

  req.auth = { userId: claims.data.sub, tenantId: claims.data.tid, role: claims.data.role };
  next();
};
