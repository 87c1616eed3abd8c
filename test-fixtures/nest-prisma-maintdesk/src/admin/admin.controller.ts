import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { ChangeRoleDto } from './dto';

// ADMIN is a role of a company's user (every user has a companyId), not a platform role:
// what the admin area reads and changes must still stay inside the caller's company
@Controller('admin')
@Roles('ADMIN')
export class AdminController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth, missing-role-check
  @Get('companies')
  companies() {
    // expect: unscoped-tenant-query
    return this.prisma.company.findMany({ include: { _count: { select: { users: true, properties: true } } } });
  }

  // ok: missing-role-check, missing-input-validation
  @Patch('users/:id/role')
  changeRole(@Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // expect: unscoped-tenant-query
    return this.prisma.user.update({ where: { id }, data: { role: dto.role } });
  }
}
