import { NotFoundError } from '../lib/errors';
import { projectRepository } from '../repositories/project.repository';

export class ProjectService {
  list(companyId: string) {
    return projectRepository.findAllForCompany(companyId);
  }

  async get(companyId: string, id: string) {
    const project = await projectRepository.findForCompany(companyId, id);
    if (!project) throw new NotFoundError('Project');
    return project;
  }

  create(companyId: string, input: { name: string; description?: string }) {
    return projectRepository.create({ ...input, companyId });
  }

  update(id: string, input: Record<string, unknown>) {
    return projectRepository.update(id, input);
  }

  async remove(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    const project = await projectRepository.findById(id);
    if (!project || project.companyId !== companyId) throw new NotFoundError('Project');
    // ok: unscoped-tenant-query
    await projectRepository.delete(project.id);
  }

  tasks(projectId: string) {
    return projectRepository.tasksOf(projectId);
  }

  async addTask(companyId: string, projectId: string, title: string) {
    await this.get(companyId, projectId);
    return projectRepository.addTask(projectId, title);
  }

  async exportCsv(companyId: string) {
    const rows = await projectRepository.findAllForCompany(companyId);
    return ['id,name,status', ...rows.map((p) => `${p.id},"${p.name}",${p.status}`)].join('\n');
  }
}

export const projectService = new ProjectService();
