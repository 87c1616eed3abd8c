import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export type AuthUser = { id: string; role: 'user' | 'staff'; workspaceIds: string[] };

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const raw = req.get('authorization');
  if (!raw?.startsWith('Bearer ')) {
    return res.status(401).json({ message: 'Missing bearer token' });
  }
  try {
    (req as any).user = jwt.verify(raw.slice(7), process.env.JWT_SECRET as string) as AuthUser;
    next();
  } catch (err) {
    res.status(401).json({ message: 'Invalid token' });
  }
}

export function staffOnly(req: Request, res: Response, next: NextFunction) {
  if ((req as any).user?.role !== 'staff') return res.status(403).json({ message: 'Staff only' });
  next();
}
