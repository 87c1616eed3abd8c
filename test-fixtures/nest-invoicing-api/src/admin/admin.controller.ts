import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Role, Roles } from '../auth/roles.decorator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('admin/users')
@UseGuards(JwtAuthGuard)
@Roles(Role.Admin, Role.Owner)
export class AdminUsersController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-role-check
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.prisma.user.findMany({ where: { organizationId: user.organizationId } });
  }

  // ok: missing-role-check
  @Delete(':id')
  remove(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.prisma.user.deleteMany({ where: { id, organizationId: user.organizationId } });
  }
}

@Controller('admin/audit')
@UseGuards(JwtAuthGuard)
export class AdminAuditController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-role-check
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.prisma.user.findMany({ where: { organizationId: user.organizationId }, select: { email: true, role: true } });
  }
}
