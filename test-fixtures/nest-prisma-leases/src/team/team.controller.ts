import { Body, Controller, Delete, Get, Param, Patch, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { Role } from '@prisma/client';
import { IsEnum } from 'class-validator';
import { JwtAuthGuard } from '../auth/guards';
import { AuthUser, CurrentUser } from '../auth/decorators';
import { PrismaService } from '../prisma/prisma.service';
import { MemberGuard, OrgAdminGuard, StaffGuard } from './team.guards';

class ChangeRoleDto {
  @IsEnum(Role)
  role!: Role;
}

@Controller('team')
@UseGuards(JwtAuthGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
export class TeamController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @UseGuards(StaffGuard)
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.user.findMany({ where: { orgId: user.orgId }, select: { id: true, email: true, name: true, role: true } });
  }

  // ok: missing-role-check
  @Patch('admin/members/:id/role')
  @UseGuards(OrgAdminGuard)
  async changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    await this.prisma.user.updateMany({ where: { id, orgId: user.orgId }, data: { role: dto.role } });
    return { ok: true };
  }

  // A member check is no admin check: any member can remove a colleague.
  // expect: missing-role-check
  @Delete('admin/members/:id')
  @UseGuards(MemberGuard)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.prisma.user.deleteMany({ where: { id, orgId: user.orgId } });
    return { ok: true };
  }
}
