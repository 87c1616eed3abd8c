import type { NextFunction, Request, Response } from 'express';

declare module 'express-session' {
  interface SessionData {
    userId?: number;
  }
}

export function requireLogin(req: Request, res: Response, next: NextFunction) {
  if (!req.session.userId) return res.status(401).json({ error: 'sign in first' });
  next();
}
