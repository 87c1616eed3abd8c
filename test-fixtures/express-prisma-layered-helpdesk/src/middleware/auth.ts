import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export type Role = 'agent' | 'admin';

export interface AuthUser {
  id: string;
  orgId: string;
  role: Role;
}

declare global {
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  try {
    const claims = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, {
      algorithms: ['HS256'],
    }) as jwt.JwtPayload;
    req.user = { id: String(claims.sub), orgId: String(claims.orgId), role: claims.role as Role };
    return next();
  } catch (err) {
    // ok: token-logging
    console.warn('rejected token for', req.method, req.originalUrl);
    return res.status(401).json({ error: 'unauthorized' });
  }
}

export const requireRole =
  (...roles: Role[]) =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    return next();
  };
