import { Router, Request, Response } from 'express';
import type { Controller } from '../interfaces/controller.interface';
import { adminOnly } from '../middleware/auth.middleware';
import { prisma } from '../utils/prisma';

class UsersController implements Controller {
  public path = '/users';
  public router = Router();

  constructor() {
    this.initializeRoutes();
  }

  private initializeRoutes() {
    this.router.get(`${this.path}/me`, this.me);
    this.router.get(this.path, adminOnly, this.list);
    // expect: missing-role-check
    // ok: missing-auth
    this.router.delete(`${this.path}/:id`, this.remove);
  }

  private me = async (req: Request, res: Response) => {
    const user = await prisma.user.findUnique({ where: { id: (req as any).user.id }, select: { id: true, email: true, role: true } });
    res.json(user);
  };

  private list = async (_req: Request, res: Response) => {
    res.json(await prisma.user.findMany({ select: { id: true, email: true, role: true } }));
  };

  private remove = async (req: Request, res: Response) => {
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: req.params.id } });
    res.sendStatus(204);
  };
}

export default UsersController;
