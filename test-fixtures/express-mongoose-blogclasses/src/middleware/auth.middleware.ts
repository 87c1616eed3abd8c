import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface RequestWithUser extends Request {
  user: { _id: string; role: string };
}

export function authMiddleware(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.Authorization;
  if (!token) return res.status(401).json({ message: 'authentication token missing' });
  try {
    (req as RequestWithUser).user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as RequestWithUser['user'];
    next();
  } catch {
    res.status(401).json({ message: 'wrong authentication token' });
  }
}

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req as RequestWithUser).user?.role !== role) return res.status(403).json({ message: 'forbidden' });
    next();
  };
}
