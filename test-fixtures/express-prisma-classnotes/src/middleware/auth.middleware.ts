import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { HttpException } from '../exceptions/HttpException';
import type { RequestWithUser } from '../interfaces/requestWithUser.interface';

const PUBLIC_PATHS = ['/health', '/auth/login', '/auth/register'];

export function authMiddleware(req: Request, _res: Response, next: NextFunction) {
  if (PUBLIC_PATHS.includes(req.path)) return next();
  const token = req.cookies?.Authorization ?? req.header('Authorization')?.replace('Bearer ', '');
  if (!token) return next(new HttpException(401, 'Authentication token missing'));
  try {
    (req as RequestWithUser).user = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as RequestWithUser['user'];
    next();
  } catch {
    next(new HttpException(401, 'Wrong authentication token'));
  }
}

export function adminOnly(req: Request, _res: Response, next: NextFunction) {
  if ((req as RequestWithUser).user?.role !== 'admin') return next(new HttpException(403, 'Admins only'));
  next();
}
