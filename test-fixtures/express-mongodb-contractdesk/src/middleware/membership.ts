import type { NextFunction, Request, Response } from 'express';
import { ObjectId } from 'mongodb';
import { collections } from '../db.js';

export type OrgRole = 'owner' | 'admin' | 'editor' | 'viewer';

declare global {
  namespace Express {
    interface Request {
      membership?: { orgId: ObjectId; userId: ObjectId; role: OrgRole };
    }
  }
}

export async function loadMembership(req: Request, res: Response, next: NextFunction) {
  const user = req.user as { _id: ObjectId } | undefined;
  if (!user) return res.status(401).json({ error: 'unauthenticated' });
  if (!ObjectId.isValid(req.params.orgId)) return res.status(404).json({ error: 'organization not found' });

  const membership = await collections.memberships().findOne({
    orgId: new ObjectId(req.params.orgId),
    userId: user._id,
  });
  if (!membership) return res.status(403).json({ error: 'not a member of this organization' });
  req.membership = { orgId: membership.orgId, userId: membership.userId, role: membership.role };
  next();
}

const rank: Record<OrgRole, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export function requireOrgRole(min: OrgRole) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.membership || rank[req.membership.role] < rank[min]) {
      return res.status(403).json({ error: 'insufficient role' });
    }
    next();
  };
}

export function requireSuperAdmin(req: Request, res: Response, next: NextFunction) {
  const user = req.user as { isSuperAdmin?: boolean } | undefined;
  if (!user?.isSuperAdmin) return res.status(403).json({ error: 'forbidden' });
  next();
}
