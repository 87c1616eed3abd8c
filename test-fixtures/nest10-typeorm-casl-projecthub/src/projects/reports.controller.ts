import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get('projects/:id/burndown')
  burndown(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.ds.query('SELECT status, count(*)::int AS n FROM tasks WHERE project_id = $1 GROUP BY status', [id]);
  }

  @Get('workload')
  workload(@CurrentUser() user: AuthUser, @Query('assignee') assignee: string) {
    // ok: unscoped-tenant-query
    return this.ds
      .createQueryBuilder()
      .select('t.status', 'status')
      .addSelect('count(*)', 'n')
      .from('tasks', 't')
      .where('t.workspace_id = :ws', { ws: user.workspaceId })
      .andWhere('t.assignee_id = :assignee', { assignee })
      .groupBy('t.status')
      .getRawMany();
  }

  @Get('projects/:id/tasks')
  async tasks(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.ds.getRepository('Task').createQueryBuilder('t').where('t.projectId = :id', { id }).getMany();
  }
}
