// @ts-nocheck -- the editor test runs without node_modules; only routeguard's squiggles may show
import type { Request, Response, NextFunction } from 'express';

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  if (!req.session?.userId) return res.status(401).json({ error: 'unauthorized' });
  next();
}
