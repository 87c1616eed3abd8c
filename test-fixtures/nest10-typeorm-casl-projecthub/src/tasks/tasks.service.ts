import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Project, Task } from '../entities';

@Injectable()
export class TasksService {
  constructor(
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
  ) {}

  /** Loads a project only when it belongs to the caller's workspace. */
  async projectInWorkspace(workspaceId: string, projectId: string) {
    // ok: unscoped-tenant-query
    const project = await this.projects.findOneBy({ id: projectId, workspaceId });
    if (!project) throw new NotFoundException('project not found');
    return project;
  }

  listForProject(workspaceId: string, projectId: string, status?: string) {
    // ok: unscoped-tenant-query
    const qb = this.tasks
      .createQueryBuilder('t')
      .where('t.workspaceId = :workspaceId', { workspaceId })
      .andWhere('t.projectId = :projectId', { projectId });
    if (status) qb.andWhere('t.status = :status', { status });
    return qb.orderBy('t.title').getMany();
  }

  findById(id: string) {
    // expect: unscoped-tenant-query
    return this.tasks.findOne({ where: { id }, relations: { project: true } });
  }
}
