import type { Request, Response, NextFunction } from 'express';
import passport from '../auth/passport.js';
import { Role, type User } from '../models/index.js';

export const requireAuth = passport.authenticate('jwt', { session: false });

export function requireRole(...roles: Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = req.user as User | undefined;
    if (!user || !roles.includes(user.role)) {
      return res.status(403).json({ error: 'forbidden' });
    }
    next();
  };
}

export function currentOrgId(req: Request): string {
  return (req.user as User).organizationId;
}

export function isOrgAdmin(user: User): boolean {
  return user.role === Role.Owner || user.role === Role.Admin;
}
