import { Router, Request, Response, NextFunction } from 'express';
import { z } from 'zod';
import type { Controller } from '../interfaces/controller.interface';
import type { RequestWithUser } from '../interfaces/requestWithUser.interface';
import { HttpException } from '../exceptions/HttpException';
import { prisma } from '../utils/prisma';

const notebookInput = z.object({ title: z.string().min(1).max(120) });
const noteInput = z.object({ body: z.string().max(20000) });

class NotebooksController implements Controller {
  public path = '/notebooks';
  public router = Router();

  constructor() {
    this.initializeRoutes();
  }

  private initializeRoutes() {
    this.router.get(this.path, this.listOwn);
    // ok: missing-auth
    this.router.post(this.path, this.create);
    this.router.get(`${this.path}/:id`, this.getById);
    // ok: missing-auth
    this.router.patch(`${this.path}/:id`, this.rename);
    // ok: missing-auth
    this.router.delete(`${this.path}/:id`, this.remove);
    this.router.post(`${this.path}/:id/notes`, this.addNote);
  }

  private listOwn = async (req: Request, res: Response) => {
    const { user } = req as RequestWithUser;
    res.json(await prisma.notebook.findMany({ where: { ownerId: user.id } }));
  };

  private create = async (req: Request, res: Response) => {
    const { user } = req as RequestWithUser;
    const data = notebookInput.parse(req.body);
    // ok: unscoped-tenant-query
    const notebook = await prisma.notebook.create({ data: { ...data, ownerId: user.id } });
    res.status(201).json(notebook);
  };

  private getById = async (req: Request, res: Response, next: NextFunction) => {
    const { user } = req as RequestWithUser;
    // ok: unscoped-tenant-query
    const notebook = await prisma.notebook.findFirst({ where: { id: req.params.id, ownerId: user.id }, include: { notes: true } });
    if (!notebook) return next(new HttpException(404, 'Notebook not found'));
    res.json(notebook);
  };

  // the signed-in caller renames whichever notebook the id names
  private rename = async (req: Request, res: Response) => {
    const data = notebookInput.parse(req.body);
    // expect: unscoped-tenant-query
    const notebook = await prisma.notebook.update({ where: { id: req.params.id }, data });
    res.json(notebook);
  };

  private remove = async (req: Request, res: Response, next: NextFunction) => {
    const { user } = req as RequestWithUser;
    const notebook = await prisma.notebook.findUnique({ where: { id: req.params.id } });
    if (!notebook || notebook.ownerId !== user.id) return next(new HttpException(404, 'Notebook not found'));
    // ok: unscoped-tenant-query
    await prisma.notebook.delete({ where: { id: notebook.id } });
    res.sendStatus(204);
  };

  private addNote = async (req: Request, res: Response, next: NextFunction) => {
    const { user } = req as RequestWithUser;
    const data = noteInput.parse(req.body);
    const notebook = await prisma.notebook.findFirst({ where: { id: req.params.id, ownerId: user.id }, select: { id: true } });
    if (!notebook) return next(new HttpException(404, 'Notebook not found'));
    // ok: unscoped-tenant-query
    const note = await prisma.note.create({ data: { ...data, notebookId: notebook.id, authorId: user.id } });
    res.status(201).json(note);
  };
}

export default NotebooksController;
