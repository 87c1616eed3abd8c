import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export interface SessionUser {
  id: string;
  orgId: string;
  role: 'owner' | 'member';
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization');
  if (!header?.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'unauthenticated' });
  }
  try {
    req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as SessionUser;
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
}
