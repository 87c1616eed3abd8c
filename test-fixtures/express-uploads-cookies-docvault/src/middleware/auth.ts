import type { NextFunction, Request, Response } from 'express';
import { readAccessToken, type SessionClaims } from '../lib/tokens.js';

declare global {
  namespace Express {
    interface Request {
      user?: SessionClaims;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization');
  const token = req.cookies?.session ?? (header?.startsWith('Bearer ') ? header.slice(7) : undefined);
  if (!token) return res.status(401).json({ error: 'Not signed in' });
  try {
    req.user = readAccessToken(token);
    next();
  } catch {
    return res.status(401).json({ error: 'Invalid session' });
  }
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
  next();
}
