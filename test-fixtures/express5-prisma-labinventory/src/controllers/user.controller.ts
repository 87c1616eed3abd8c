import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma.js';
import { NotFoundError } from '../lib/errors.js';

export const userController = {
  async me(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const me = await prisma.user.findUnique({
      where: { id: req.user!.id },
      select: { id: true, email: true, name: true, role: true, organization: { select: { id: true, name: true } } },
    });
    res.json(me);
  },

  async update(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const user = await prisma.user.findFirst({
      where: { id: req.params.id, organizationId: req.user!.organizationId },
    });
    if (!user) throw new NotFoundError('User');
    // ok: unscoped-tenant-query
    const updated = await prisma.user.update({ where: { id: user.id }, data: req.body });
    res.json({ id: updated.id, name: updated.name, role: updated.role });
  },
};
