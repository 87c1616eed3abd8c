import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export interface SessionUser {
  id: string;
  organizationId: string;
  role: 'owner' | 'admin' | 'member';
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  // expect: token-logging
  console.log('verifying token', token);
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET!) as SessionUser;
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export const requireRole = (role: SessionUser['role']) => (req: Request, res: Response, next: NextFunction) =>
  req.user?.role === role ? next() : res.status(403).json({ error: 'forbidden' });
