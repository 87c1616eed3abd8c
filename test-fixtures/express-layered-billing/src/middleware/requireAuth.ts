import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface SessionUser {
  id: string;
  orgId: string;
  role: 'owner' | 'admin' | 'member';
  staff: boolean;
}

declare global {
  namespace Express {
    interface Request {
      user?: SessionUser;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET!) as jwt.JwtPayload;
    req.user = { id: String(claims.sub), orgId: claims.org, role: claims.role, staff: claims.staff === true };
    next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}
