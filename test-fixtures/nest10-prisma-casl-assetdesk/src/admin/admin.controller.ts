import { Body, Controller, Delete, ForbiddenException, Get, Param, Patch, Req, UseGuards } from '@nestjs/common';
import { IsEnum } from 'class-validator';
import { Role } from '@prisma/client';
import { AuthUser } from '../auth/auth.guards';
import { PrismaService } from '../prisma.service';
import { Action } from '../casl/casl-ability.factory';
import { CheckPolicies, PoliciesGuard } from '../casl/policies.guard';

class ChangeRoleDto {
  @IsEnum(Role) role: Role;
}

type AuthedRequest = { user: AuthUser };

// every user belongs to exactly one organization: ADMIN is that organization's admin
@Controller('admin')
@UseGuards(PoliciesGuard)
export class AdminController {
  constructor(private prisma: PrismaService) {}

  // ok: missing-role-check
  @Get('users')
  @CheckPolicies((ability) => ability.can(Action.Manage, 'User'))
  users(@Req() req: AuthedRequest) {
    // ok: unscoped-tenant-query
    return this.prisma.user.findMany({
      where: { organizationId: req.user.organizationId },
      select: { id: true, email: true, name: true, role: true },
    });
  }

  // ok: missing-role-check, missing-input-validation
  @Patch('users/:id/role')
  @CheckPolicies((ability) => ability.can(Action.Manage, 'User'))
  async changeRole(@Param('id') id: string, @Req() req: AuthedRequest, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    await this.prisma.user.updateMany({ where: { id, organizationId: req.user.organizationId }, data: { role: dto.role } });
    return { ok: true };
  }

  // expect: missing-role-check
  @Delete('users/:id')
  async removeUser(@Param('id') id: string, @Req() req: AuthedRequest) {
    if (id === req.user.id) throw new ForbiddenException('You cannot remove yourself');
    // ok: unscoped-tenant-query
    await this.prisma.user.deleteMany({ where: { id, organizationId: req.user.organizationId } });
    return { ok: true };
  }

  // ok: missing-role-check
  @Get('audit')
  @CheckPolicies((ability) => ability.can(Action.Read, 'AuditEvent'))
  audit() {
    // expect: unscoped-tenant-query
    return this.prisma.auditEvent.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
  }
}
