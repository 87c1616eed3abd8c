import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import type { NextFunction, Request, Response } from 'express';
import { db } from '../db/index.js';
import { members } from '../db/schema.js';
import { auth, type Session } from '../lib/auth.js';
import { logger } from '../lib/logger.js';

declare global {
  namespace Express {
    interface Request {
      user?: Session['user'];
      workspace?: { id: string; role: string };
    }
  }
}

export async function requireSession(req: Request, res: Response, next: NextFunction) {
  const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
  if (!session) {
    // expect: token-logging
    logger.warn({ path: req.path, cookie: req.headers.cookie }, 'no valid session');
    return res.status(401).json({ error: 'Unauthorized' });
  }
  req.user = session.user;
  next();
}

export type WorkspaceRole = 'owner' | 'admin' | 'editor' | 'viewer';

export function requireWorkspace(...roles: WorkspaceRole[]) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const [membership] = await db
      .select({ role: members.role })
      .from(members)
      .where(and(eq(members.workspaceId, req.params.workspaceId), eq(members.userId, req.user!.id)))
      .limit(1);
    if (!membership) return res.status(404).json({ error: 'Workspace not found' });
    if (roles.length > 0 && !roles.includes(membership.role as WorkspaceRole)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    req.workspace = { id: req.params.workspaceId, role: membership.role };
    next();
  };
}

export function requirePlatformAdmin(req: Request, res: Response, next: NextFunction) {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  next();
}
