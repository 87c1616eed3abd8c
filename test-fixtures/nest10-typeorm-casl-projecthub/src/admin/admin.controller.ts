import { Body, Controller, Delete, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Project, User, Workspace } from '../entities';
import { CurrentUser } from '../auth/current-user.decorator';
import type { AuthUser } from '../auth/jwt.strategy';
import { Action } from '../casl/casl-ability.factory';
import { CheckPolicies, PoliciesGuard } from '../casl/policies.guard';

@Controller('admin/workspace')
@UseGuards(PoliciesGuard)
export class AdminController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @CheckPolicies((ability) => ability.can(Action.Read, 'User'))
  // ok: missing-role-check
  @Get('members')
  members(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { workspaceId: user.workspaceId }, select: { id: true, email: true, role: true } });
  }

  @CheckPolicies((ability) => ability.can(Action.Manage, 'all'))
  // ok: missing-role-check, missing-input-validation
  @Patch('members/:id/role')
  async setRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body('role') role: string) {
    const next = role === 'admin' ? 'admin' : 'member';
    // ok: unscoped-tenant-query
    await this.users.update({ id, workspaceId: user.workspaceId }, { role: next });
    return { id, role: next };
  }

  // expect: missing-role-check
  @Delete('members/:id')
  async removeMember(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.users.delete({ id, workspaceId: user.workspaceId });
  }
}

// Platform-wide numbers for the ops dashboard
@Controller('admin/metrics')
export class AdminMetricsController {
  constructor(
    @InjectRepository(Workspace) private readonly workspaces: Repository<Workspace>,
    @InjectRepository(Project) private readonly projects: Repository<Project>,
  ) {}

  // expect: missing-role-check
  @Get()
  async overview() {
    const [workspaces, projects] = await Promise.all([this.workspaces.count(), this.projects.count()]);
    return { workspaces, projects };
  }

  // expect: missing-role-check
  @Get('workspaces')
  allWorkspaces() {
    // expect: unscoped-tenant-query
    return this.workspaces.find({ order: { name: 'ASC' } });
  }
}
