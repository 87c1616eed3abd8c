import type { NextFunction, Request, Response } from 'express';
import { prisma } from './prisma';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
  }
}

// The gateway's guard: every request to the members' API carries a signed-in session.
export async function requireSession(req: Request, res: Response, next: NextFunction) {
  if (!req.session.userId) {
    return res.status(401).json({ error: 'sign in first' });
  }
  const user = await prisma.user.findUnique({ where: { id: req.session.userId } });
  if (!user) {
    return res.status(401).json({ error: 'sign in first' });
  }
  res.locals.user = user;
  next();
}
