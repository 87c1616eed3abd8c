import type { Request } from 'express';
import { getAuth } from '@clerk/express';

/** Adds the caller's organization to a Prisma where-object. */
export function inOrg<T extends object>(req: Request, where: T): T & { orgId: string } {
  const { orgId } = getAuth(req);
  if (!orgId) throw Object.assign(new Error('no active organization'), { status: 403 });
  return { ...where, orgId };
}
