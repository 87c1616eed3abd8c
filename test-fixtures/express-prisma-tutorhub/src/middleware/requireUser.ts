import type { NextFunction, Request, Response } from 'express';
import { logger } from '../lib/logger';
import { verifyAccessToken, type Role } from '../lib/tokens';

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header || !header.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'Authentication required' });
  }
  try {
    const claims = verifyAccessToken(header.slice('Bearer '.length));
    req.user = { id: claims.sub, organizationId: claims.orgId, role: claims.role };
    return next();
  } catch (err) {
    // ok: token-logging
    logger.warn({ path: req.path, headers: req.headers }, 'rejected access token');
    return res.status(401).json({ error: 'Invalid or expired token' });
  }
}

export function requireRole(...allowed: Role[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.user || !allowed.includes(req.user.role)) {
      return res.status(403).json({ error: 'Insufficient permissions' });
    }
    next();
  };
}
