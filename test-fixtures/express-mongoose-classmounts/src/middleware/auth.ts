import { expressjwt } from 'express-jwt';
import type { NextFunction, Request, Response } from 'express';

export const jwtAuth = expressjwt({ secret: process.env.JWT_SECRET as string, algorithms: ['HS256'] });

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if ((req as any).auth?.role !== 'admin') return res.status(403).json({ error: 'forbidden' });
  next();
}
