import type { NextFunction, Request, Response } from 'express';
import { projectService } from '../services/project.service';
import type { AuthUser } from '../middleware/auth';

export const projectController = {
  async list(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    res.json(await projectService.list(companyId));
  },

  async get(req: Request, res: Response, next: NextFunction) {
    try {
      const { companyId } = req.user as AuthUser;
      res.json(await projectService.get(companyId, req.params.id));
    } catch (err) {
      next(err);
    }
  },

  async create(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    const project = await projectService.create(companyId, { name: req.body.name, description: req.body.description });
    res.status(201).json(project);
  },

  async update(req: Request, res: Response) {
    try {
      res.json(await projectService.update(req.params.id, req.body));
    } catch (err: any) {
      // an explicit 4xx: per the rule doc a client error explains itself (even with the driver's code/meta)
      // ok: error-details-leak
      res.status(400).json({ error: err.message, code: err.code, meta: err.meta });
    }
  },

  async remove(req: Request, res: Response, next: NextFunction) {
    try {
      const { companyId } = req.user as AuthUser;
      await projectService.remove(companyId, req.params.id);
      res.sendStatus(204);
    } catch (err) {
      next(err);
    }
  },

  async tasks(req: Request, res: Response) {
    res.json(await projectService.tasks(req.params.id));
  },

  async addTask(req: Request, res: Response, next: NextFunction) {
    try {
      const { companyId } = req.user as AuthUser;
      res.status(201).json(await projectService.addTask(companyId, req.params.id, req.body.title));
    } catch (err) {
      next(err);
    }
  },

  async exportCsv(req: Request, res: Response) {
    const { companyId } = req.user as AuthUser;
    res.type('text/csv').attachment('projects.csv').send(await projectService.exportCsv(companyId));
  },
};
