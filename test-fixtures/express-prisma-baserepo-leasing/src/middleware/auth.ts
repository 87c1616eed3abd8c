import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../lib/config';

export interface AuthUser {
  id: string;
  orgId: string;
  role: 'manager' | 'admin' | 'superadmin';
}

declare global {
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? req.cookies?.session;
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  try {
    // ok: insecure-jwt
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    req.user = { id: String(claims.sub), orgId: String(claims.orgId), role: claims.role };
    return next();
  } catch {
    // ok: token-logging
    console.warn('invalid session token on', req.path);
    return res.status(401).json({ error: 'unauthorized' });
  }
}

export function requireRole(role: AuthUser['role']) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.user?.role !== role) return res.status(403).json({ error: 'forbidden' });
    return next();
  };
}
