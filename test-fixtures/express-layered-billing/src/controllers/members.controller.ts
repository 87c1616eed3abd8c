import type { Request, Response, NextFunction } from 'express';
import { prisma } from '../lib/prisma';
import { assertOwner } from '../middleware/requireRole';

export async function listMembers(req: Request, res: Response) {
  const members = await prisma.user.findMany({
    where: { orgId: req.user!.orgId },
    select: { id: true, name: true, email: true, role: true },
  });
  res.json(members);
}

export async function changeRole(req: Request, res: Response, next: NextFunction) {
  try {
    assertOwner(req.user);
    // ok: unscoped-tenant-query
    const result = await prisma.user.updateMany({
      where: { id: req.params.id, orgId: req.user!.orgId },
      data: { role: req.body.role },
    });
    res.json({ updated: result.count });
  } catch (err) {
    next(err);
  }
}

export async function removeMember(req: Request, res: Response) {
  if (req.params.id === req.user!.id) return res.status(400).json({ error: 'cannot remove yourself' });
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: req.params.id, orgId: req.user!.orgId } });
  res.sendStatus(204);
}
