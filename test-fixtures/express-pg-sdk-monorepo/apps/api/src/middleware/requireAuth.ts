import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface Caller {
  id: string;
  orgId: string;
  role: string;
}

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) return res.status(401).json({ error: 'unauthorized' });
  try {
    (req as Request & { user: Caller }).user = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] }) as Caller;
    next();
  } catch {
    res.status(401).json({ error: 'unauthorized' });
  }
}
