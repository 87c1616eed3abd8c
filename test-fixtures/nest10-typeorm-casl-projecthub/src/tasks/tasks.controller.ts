import { Body, Controller, Get, Param, Patch, Post, Query, ValidationPipe } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Task } from '../entities';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';
import { TasksService } from './tasks.service';
import { CreateTaskDto, MoveTaskDto } from './dto';

@Controller('projects/:projectId/tasks')
export class TasksController {
  constructor(
    private readonly service: TasksService,
    @InjectRepository(Task) private readonly tasks: Repository<Task>,
  ) {}

  @Get()
  async list(@CurrentUser() user: AuthUser, @Param('projectId') projectId: string, @Query('status') status?: string) {
    return this.service.listForProject(user.workspaceId, projectId, status);
  }

  @Get(':taskId')
  get(@Param('taskId') taskId: string) {
    return this.service.findById(taskId);
  }

  // ok: missing-input-validation
  @Post()
  async create(
    @CurrentUser() user: AuthUser,
    @Param('projectId') projectId: string,
    @Body(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true })) dto: CreateTaskDto,
  ) {
    const project = await this.service.projectInWorkspace(user.workspaceId, projectId);
    return this.tasks.save(this.tasks.create({ ...dto, projectId: project.id, workspaceId: user.workspaceId }));
  }

  // quick-edit endpoint used by the kanban board
  // expect: missing-input-validation
  @Patch(':taskId')
  async patch(@CurrentUser() user: AuthUser, @Param('taskId') taskId: string, @Body() body: any) {
    // ok: unscoped-tenant-query
    await this.tasks.update({ id: taskId, workspaceId: user.workspaceId }, body);
    return { ok: true };
  }

  // ok: missing-input-validation
  @Post(':taskId/move')
  async move(@CurrentUser() user: AuthUser, @Param('taskId') taskId: string, @Body(ValidationPipe) dto: MoveTaskDto) {
    // expect: unscoped-tenant-query
    await this.tasks.update(taskId, { status: dto.status });
    return { ok: true };
  }
}
