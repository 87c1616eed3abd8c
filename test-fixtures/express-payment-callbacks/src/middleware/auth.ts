import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.get('authorization')?.replace(/^Bearer /, '');
  if (!token) return res.status(401).json({ error: 'unauthenticated' });
  try {
    (req as any).user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
    next();
  } catch {
    return res.status(401).json({ error: 'unauthenticated' });
  }
}
