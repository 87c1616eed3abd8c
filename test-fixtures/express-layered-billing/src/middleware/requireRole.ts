import type { NextFunction, Request, Response } from 'express';
import type { SessionUser } from './requireAuth';
import { HttpError } from '../lib/errors';

export const requireRole =
  (...roles: SessionUser['role'][]) =>
  (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    next();
  };

// our own employees (support, billing ops), across every organization
export function requireStaff(req: Request, res: Response, next: NextFunction) {
  if (!req.user?.staff) return res.status(403).json({ error: 'staff only' });
  next();
}

// used inside controllers where the route is shared by several roles
export function assertOwner(user: SessionUser | undefined) {
  if (!user || user.role !== 'owner') {
    throw new HttpError(403, 'only the organization owner can do this');
  }
}
