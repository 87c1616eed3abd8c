import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma';
import type { AuthUser } from '../middleware/auth';

export const adminController = {
  async users(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    // ok: unscoped-tenant-query
    res.json(await prisma.user.findMany({ where: { companyId }, select: { id: true, email: true, name: true, role: true } }));
  },

  async setRole(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    // ok: unscoped-tenant-query
    const result = await prisma.user.updateMany({ where: { id: req.params.id, companyId }, data: { role: req.body.role } });
    if (result.count === 0) return res.sendStatus(404);
    res.json({ id: req.params.id, role: req.body.role });
  },

  async removeUser(req: Request, res: Response) {
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: req.params.id } });
    res.sendStatus(204);
  },

  async usage(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    const [projects, documents, storage] = await Promise.all([
      // ok: unscoped-tenant-query
      prisma.project.count({ where: { companyId } }),
      // ok: unscoped-tenant-query
      prisma.document.count({ where: { companyId } }),
      // ok: unscoped-tenant-query
      prisma.document.aggregate({ where: { companyId }, _sum: { size: true } }),
    ]);
    res.json({ projects, documents, bytes: storage._sum.size ?? 0 });
  },
};
