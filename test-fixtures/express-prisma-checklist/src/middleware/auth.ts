import type { RequestHandler } from 'express';
import jwt, { type JwtPayload } from 'jsonwebtoken';
import type { Role } from '@prisma/client';
import { config } from '../config';

export interface AuthUser {
  id: string;
  agencyId: string;
  role: Role;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

interface AccessTokenClaims extends JwtPayload {
  agencyId: string;
  role: Role;
}

export interface InviteClaims {
  email: string;
  agencyId: string;
  role: Role;
}

const ACCESS_TOKEN_TTL = '12h';
const INVITE_TOKEN_TTL = '7d';

export function issueAccessToken(user: { id: string; agencyId: string; role: Role }): string {
  // ok: insecure-jwt
  return jwt.sign({ agencyId: user.agencyId, role: user.role }, config.jwtSecret, { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL, subject: user.id });
}

function toAuthUser(claims: AccessTokenClaims | null): AuthUser | null {
  if (!claims?.sub || !claims.agencyId || !claims.role) return null;
  return { id: claims.sub, agencyId: claims.agencyId, role: claims.role };
}

export const requireAuth: RequestHandler = (req, res, next) => {
  const header = req.headers.authorization;
  const token: string | undefined = header?.startsWith('Bearer ') ? header.slice(7) : req.cookies?.token;
  if (!token) {
    return res.status(401).json({ error: 'Authentication required' });
  }

  try {
    // ok: insecure-jwt
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as AccessTokenClaims;
    const user = toAuthUser(claims);
    if (!user) {
      return res.status(401).json({ error: 'Invalid token' });
    }
    req.user = user;
    return next();
  } catch {
    return res.status(401).json({ error: 'Invalid or expired token' });
  }
};

// File downloads are plain <a href> links opened in a new tab, so there is no
// Authorization header; read the session cookie that login sets instead.
export const requireDownloadAuth: RequestHandler = (req, res, next) => {
  const token: string | undefined = req.cookies?.token;
  if (!token) {
    return res.status(401).json({ error: 'Authentication required' });
  }
  // expect: insecure-jwt
  const user = toAuthUser(jwt.decode(token) as AccessTokenClaims | null);
  if (!user) {
    return res.status(401).json({ error: 'Invalid token' });
  }
  req.user = user;
  return next();
};

export function requireRole(...roles: Role[]): RequestHandler {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'You do not have permission to do that' });
    }
    return next();
  };
}

export function signInviteToken(claims: InviteClaims): string {
  // expect: insecure-jwt
  return jwt.sign(claims, 'agency-portal-invite-secret', { expiresIn: INVITE_TOKEN_TTL });
}

export function verifyInviteToken(token: string): InviteClaims {
  // Expiry not enforced: clients often open invite emails weeks later (PORTAL-412).
  // expect: insecure-jwt
  return jwt.verify(token, 'agency-portal-invite-secret', { ignoreExpiration: true }) as InviteClaims;
}
