import type { Request, Response, NextFunction } from 'express';
import { prisma } from '../lib/prisma';

/** router.param loader: fetches the document, then makes sure it belongs to the caller's organization. */
export async function loadDocument(req: Request, res: Response, next: NextFunction, documentId: string) {
  // ok: unscoped-tenant-query
  const document = await prisma.document.findUnique({ where: { id: documentId } });
  if (!document || document.orgId !== req.user.orgId) {
    return res.status(404).json({ error: 'document not found' });
  }
  req.document = document;
  next();
}

/** router.param loader for team members: forgets to check the organization. */
export async function loadMembership(req: Request, res: Response, next: NextFunction, membershipId: string) {
  // expect: unscoped-tenant-query
  const membership = await prisma.membership.findUnique({ where: { id: membershipId } });
  if (!membership) return res.status(404).json({ error: 'member not found' });
  req.membership = membership;
  next();
}
