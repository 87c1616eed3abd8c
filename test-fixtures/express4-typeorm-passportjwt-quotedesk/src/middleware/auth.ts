import { NextFunction, Request, Response } from 'express';
import passport from '../config/passport';
import { UserRole } from '../entities/User';

export const requireAuth = passport.authenticate('jwt', { session: false });

export function requireRole(...roles: UserRole[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    next();
  };
}

export function requireStaff(req: Request, res: Response, next: NextFunction) {
  if (!req.user?.isStaff) {
    return res.status(403).json({ error: 'staff only' });
  }
  next();
}
