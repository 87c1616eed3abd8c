import type { NextFunction, Request, Response } from 'express';
import { logger } from '../lib/logger.js';

export type StaffRole = 'owner' | 'manager' | 'staff';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    pendingUserId?: string;
    accountId?: string;
    role?: StaffRole;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: { id: string; accountId: string; role: StaffRole };
    }
  }
}

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const { userId, accountId, role } = req.session;
  if (!userId || !accountId || !role) {
    // expect: token-logging
    logger.warn({ path: req.path, headers: req.headers }, 'unauthenticated request');
    return res.status(401).json({ error: 'Please sign in' });
  }
  req.user = { id: userId, accountId, role };
  next();
}

export function requireRole(...allowed: StaffRole[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !allowed.includes(req.user.role)) {
      return res.status(403).json({ error: 'You do not have access to this' });
    }
    next();
  };
}

/** Kiosk tablets at the front desk keep a plain staff session; no role needed. */
export const requireStaffSession: import('express').RequestHandler = (req, res, next) =>
  req.session.userId && req.session.accountId ? next() : void res.status(401).json({ error: 'Please sign in' });
