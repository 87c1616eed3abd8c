import type { NextFunction, Request, Response } from 'express';
import passport from '../config/passport';

export type Role = 'admin' | 'manager' | 'member';

export interface AuthUser {
  id: string;
  companyId: string;
  role: Role;
  email: string;
}

export const authenticate = passport.authenticate('jwt', { session: false });

export const checkRole =
  (...roles: Role[]) =>
  (req: Request, res: Response, next: NextFunction) => {
    const user = req.user as AuthUser | undefined;
    if (!user || !roles.includes(user.role)) {
      return res.status(403).json({ error: 'Insufficient role' });
    }
    next();
  };
