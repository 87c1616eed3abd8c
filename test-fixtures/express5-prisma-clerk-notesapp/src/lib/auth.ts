import type { Request, Response, NextFunction } from 'express';
import { getAuth } from '@clerk/express';

export type OrgContext = { userId: string; orgId: string };

/** Resolves the caller's active organization, or answers 401/403 itself. */
export function requireOrg(req: Request, res: Response): OrgContext | null {
  const { userId, orgId } = getAuth(req);
  if (!userId) {
    res.status(401).json({ error: 'unauthenticated' });
    return null;
  }
  if (!orgId) {
    res.status(403).json({ error: 'select an organization first' });
    return null;
  }
  return { userId, orgId };
}

type Claims = { metadata?: { role?: string }; org_role?: string };

export function isOrgAdmin(req: Request): boolean {
  const { sessionClaims, orgRole } = getAuth(req);
  const claims = (sessionClaims ?? {}) as Claims;
  return orgRole === 'org:admin' || claims.metadata?.role === 'admin';
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  if (!isOrgAdmin(req)) {
    return res.status(403).json({ error: 'admins only' });
  }
  next();
}
