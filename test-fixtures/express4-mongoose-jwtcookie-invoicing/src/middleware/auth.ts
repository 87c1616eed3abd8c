import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface SessionUser {
  id: string;
  orgId: string;
  role: 'owner' | 'admin' | 'accountant' | 'viewer';
  platformAdmin?: boolean;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: SessionUser;
    }
  }
}

export const SESSION_COOKIE = 'inv_session';

export function signSession(user: SessionUser) {
  return jwt.sign(user, config.jwtSecret, { algorithm: 'HS256', expiresIn: '8h' });
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.[SESSION_COOKIE];
  if (!token) return res.status(401).json({ error: 'unauthenticated' });
  try {
    req.user = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] }) as SessionUser;
    next();
  } catch {
    res.status(401).json({ error: 'invalid session' });
  }
}

export function requireRole(...roles: SessionUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) return res.status(403).json({ error: 'forbidden' });
    next();
  };
}

export function requirePlatformAdmin(req: Request, res: Response, next: NextFunction) {
  if (!req.user?.platformAdmin) return res.status(403).json({ error: 'forbidden' });
  next();
}
