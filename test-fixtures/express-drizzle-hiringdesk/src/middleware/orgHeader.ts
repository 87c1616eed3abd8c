import type { Request, Response, NextFunction } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, member } from '../db/index.js';

// API clients pick the organization with an X-Org-Id header; the caller must belong to it.
export async function orgFromHeader(req: Request, res: Response, next: NextFunction) {
  const orgId = req.get('x-org-id');
  if (!orgId) return res.status(400).json({ error: 'X-Org-Id required' });
  const [m] = await db
    .select({ role: member.role })
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.userId, req.user!.id)));
  if (!m) return res.status(403).json({ error: 'Forbidden' });
  req.orgId = orgId;
  req.orgRole = m.role;
  next();
}
