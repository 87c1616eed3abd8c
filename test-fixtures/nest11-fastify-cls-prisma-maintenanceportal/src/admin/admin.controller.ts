import { Body, Controller, Get, NotFoundException, Param, Patch } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { Roles } from '../auth/roles.decorator';
import { TenantContext } from '../common/tenant-context.service';
import { PrismaService } from '../prisma/prisma.service';

class ChangeRoleDto {
  @IsIn(['admin', 'manager', 'staff'])
  role!: 'admin' | 'manager' | 'staff';
}

@Roles('admin')
@Controller('admin/members')
export class AdminMembersController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tenant: TenantContext,
  ) {}

  // ok: missing-auth, missing-role-check
  @Get()
  members() {
    // ok: unscoped-tenant-query
    return this.prisma.user.findMany({
      where: { orgId: this.tenant.orgId },
      select: { id: true, email: true, name: true, role: true, disabledAt: true },
    });
  }

  // ok: missing-auth, missing-role-check, missing-input-validation
  @Patch(':userId/role')
  async changeRole(@Param('userId') userId: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({
      where: { id: userId, orgId: this.tenant.orgId },
      data: { role: dto.role },
    });
    if (!count) throw new NotFoundException();
    return { userId, role: dto.role };
  }
}
