import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface SessionUser {
  id: string;
  libraryId: string;
  role: 'member' | 'steward' | 'admin';
}

declare global {
  namespace Express {
    interface Request {
      user?: SessionUser;
    }
  }
}

const JWT_SECRET = process.env.JWT_SECRET as string;

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return res.status(401).json({ error: 'unauthenticated' });
  try {
    req.user = jwt.verify(header.slice(7), JWT_SECRET, { algorithms: ['HS256'] }) as SessionUser;
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthenticated' });
  }
}

export function requireRole(...roles: SessionUser['role'][]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) return res.status(403).json({ error: 'forbidden' });
    next();
  };
}

export const requireAdmin = requireRole('admin');
