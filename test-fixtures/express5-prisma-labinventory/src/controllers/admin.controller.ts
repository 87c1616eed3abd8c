import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma.js';
import { NotFoundError } from '../lib/errors.js';

export const adminController = {
  async users(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const users = await prisma.user.findMany({
      where: { organizationId: req.user!.organizationId },
      select: { id: true, email: true, name: true, role: true },
    });
    res.json(users);
  },

  async setRole(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const { count } = await prisma.user.updateMany({
      where: { id: req.params.id, organizationId: req.user!.organizationId },
      data: { role: req.body.role },
    });
    if (count === 0) throw new NotFoundError('User');
    res.status(204).end();
  },

  async removeUser(req: Request, res: Response) {
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: req.params.id } });
    res.status(204).end();
  },

  async auditLog(req: Request, res: Response) {
    // ok: unscoped-tenant-query
    const entries = await prisma.auditLog.findMany({
      where: { organizationId: req.user!.organizationId },
      orderBy: { createdAt: 'desc' },
      take: 200,
    });
    res.json(entries);
  },

  async queueStats(_req: Request, res: Response) {
    const [samples, readings] = await Promise.all([prisma.sample.count(), prisma.reading.count()]);
    res.json({ samples, readings });
  },
};
