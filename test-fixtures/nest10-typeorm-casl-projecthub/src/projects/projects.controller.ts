import { Body, Controller, Delete, Get, NotFoundException, Param, ParseUUIDPipe, Patch, Post, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Project, Task } from '../entities';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';
import { Public } from '../auth/public.decorator';
import { Action } from '../casl/casl-ability.factory';
import { CheckPolicies, PoliciesGuard } from '../casl/policies.guard';
import { CreateProjectDto, UpdateProjectDto } from './dto';

@Controller('projects')
@UseGuards(PoliciesGuard)
export class ProjectsController {
  constructor(
    @InjectRepository(Project) private readonly projects: Repository<Project>,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.projects.find({ where: { workspaceId: user.workspaceId, archived: false }, order: { createdAt: 'DESC' } });
  }

  @Get(':id')
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    const project = await this.projects.findOneBy({ id, workspaceId: user.workspaceId });
    if (!project) throw new NotFoundException();
    return project;
  }

  // Shown on the public status page embed... or so the comment said.
  @Public()
  // expect: missing-auth
  @Get(':id/summary')
  async summary(@Param('id') id: string) {
    const [project, open] = await Promise.all([
      this.projects.findOne({ where: { id }, select: { id: true, name: true, description: true } }),
      this.tasks.countBy({ projectId: id, status: 'todo' }),
    ]);
    return { ...project, openTasks: open };
  }

  @CheckPolicies((ability) => ability.can(Action.Create, 'Project'))
  // ok: missing-input-validation
  @Post()
  @UsePipes(new ValidationPipe({ whitelist: true }))
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProjectDto) {
    return this.projects.save(this.projects.create({ ...dto, workspaceId: user.workspaceId }));
  }

  @CheckPolicies((ability) => ability.can(Action.Update, 'Project'))
  // ok: missing-input-validation
  @Patch(':id')
  @UsePipes(new ValidationPipe({ whitelist: true }))
  async update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateProjectDto) {
    // expect: unscoped-tenant-query
    await this.projects.update({ id }, dto);
    // ok: unscoped-tenant-query
    return this.projects.findOneBy({ id, workspaceId: user.workspaceId });
  }

  @CheckPolicies((ability) => ability.can(Action.Delete, 'Project'))
  @Delete(':id')
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const result = await this.projects.delete({ id, workspaceId: user.workspaceId });
    if (!result.affected) throw new NotFoundException();
  }

  @CheckPolicies((ability) => ability.can(Action.Manage, 'Project'))
  // ok: missing-input-validation
  @Post(':id/transfer')
  async transfer(@Param('id') id: string, @Body('targetWorkspaceId', ParseUUIDPipe) targetWorkspaceId: string) {
    // expect: unscoped-tenant-query
    await this.projects.update(id, { workspaceId: targetWorkspaceId });
    return { moved: id };
  }
}
