import type { NextFunction, Response } from 'express';
import type { Request as JWTRequest } from 'express-jwt';

/** the agency the caller's token was issued for (Auth0 organizations) */
export function agencyOf(req: JWTRequest): number {
  return Number(req.auth!.org_id);
}

export function hasPermission(req: JWTRequest, permission: string): boolean {
  const perms = (req.auth?.permissions as string[] | undefined) ?? [];
  return perms.includes(permission);
}

export function requirePermission(permission: string) {
  return (req: JWTRequest, res: Response, next: NextFunction) => {
    if (!hasPermission(req, permission)) {
      return res.status(403).json({ error: 'insufficient_permissions' });
    }
    next();
  };
}
