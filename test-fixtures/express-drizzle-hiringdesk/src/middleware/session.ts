import type { Request, Response, NextFunction } from 'express';
import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import { auth, type Session } from '../lib/auth.js';
import { db, member } from '../db/index.js';
import { logger } from '../lib/logger.js';

declare global {
  namespace Express {
    interface Request {
      user?: Session['user'];
      authSession?: Session['session'];
      orgId?: string;
      orgRole?: string;
    }
  }
}

export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) {
    // expect: token-logging
    logger.warn({ headers: req.headers, path: req.path }, 'no session for request');
    return res.status(401).json({ error: 'Unauthorized' });
  }
  req.user = session.user;
  req.authSession = session.session;
  // ok: token-logging
  logger.debug({ userId: session.user.id, org: session.session.activeOrganizationId }, 'session resolved');
  next();
}

// Resolves the active organization of the session and the caller's role in it.
export async function requireOrg(req: Request, res: Response, next: NextFunction) {
  const orgId = req.authSession?.activeOrganizationId;
  if (!orgId) return res.status(400).json({ error: 'No active organization' });
  const [membership] = await db
    .select()
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.userId, req.user!.id)))
    .limit(1);
  if (!membership) return res.status(403).json({ error: 'Not a member of this organization' });
  req.orgId = orgId;
  req.orgRole = membership.role;
  next();
}

export function requireOrgRole(...roles: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.orgRole || !roles.includes(req.orgRole)) {
      return res.status(403).json({ error: 'Insufficient role' });
    }
    next();
  };
}

export function requirePlatformAdmin(req: Request, res: Response, next: NextFunction) {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  next();
}
