import { Response } from 'express';
import { ProjectService } from '../services/project.service';
import { AuthedRequest } from '../middlewares/auth.middleware';

export class ProjectController {
  constructor(private readonly projects = new ProjectService()) {}

  list = async (req: AuthedRequest, res: Response) => {
    res.json(await this.projects.list(req.user!.organizationId));
  };

  show = async (req: AuthedRequest, res: Response) => {
    const project = await this.projects.get(req.params.id);
    if (!project) return res.status(404).end();
    res.json(project);
  };

  showScoped = async (req: AuthedRequest, res: Response) => {
    const project = await this.projects.getForOrg(req.params.id, req.user!.organizationId);
    if (!project) return res.status(404).end();
    res.json(project);
  };

  archive = async (req: AuthedRequest, res: Response) => {
    await this.projects.archive(req.params.id);
    res.status(204).end();
  };

  rename = async (req: AuthedRequest, res: Response) => {
    try {
      await this.projects.rename(req.params.id, req.user!.organizationId, String(req.body.name ?? '').slice(0, 120));
    } catch {
      return res.status(404).end();
    }
    res.status(204).end();
  };
}
