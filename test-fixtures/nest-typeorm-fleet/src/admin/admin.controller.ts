import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn } from 'class-validator';
import { Repository } from 'typeorm';
import { AuthUser, CurrentUser, FleetRole, Roles } from '../auth/decorators';
import { JwtAuthGuard, RolesGuard } from '../auth/guards';
import { Company, User, WorkOrder } from '../entities';

class ChangeRoleDto {
  @IsIn(['admin', 'dispatcher', 'mechanic']) role!: FleetRole;
}

@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AdminController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(WorkOrder) private readonly orders: Repository<WorkOrder>,
  ) {}

  // ok: missing-role-check
  @Get()
  @Roles('admin')
  list(@CurrentUser() admin: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { companyId: admin.companyId }, select: { id: true, email: true, role: true } });
  }

  // ok: missing-role-check, missing-input-validation
  @Patch(':id/role')
  @Roles('admin')
  @HttpCode(204)
  async changeRole(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    await this.users.update({ id, companyId: admin.companyId }, { role: dto.role });
  }

  // RolesGuard lets a handler without @Roles() through: any signed-in mechanic can delete users
  // expect: missing-role-check
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    await this.users.delete(id);
  }

  // ok: missing-role-check, missing-rate-limit
  @Get('export.csv')
  @Roles('admin')
  @Header('Content-Type', 'text/csv')
  async exportOrders(@CurrentUser() admin: AuthUser) {
    // ok: unscoped-tenant-query
    const rows = await this.orders.find({ where: { companyId: admin.companyId } });
    return rows.map((r) => [r.id, r.vehicleId, r.status, r.laborMinutes].join(',')).join('\n');
  }
}

@Controller('admin/company')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
export class CompanyAdminController {
  constructor(@InjectRepository(Company) private readonly companies: Repository<Company>) {}

  // ok: missing-role-check
  @Get()
  current(@CurrentUser() admin: AuthUser) {
    return this.companies.findOneBy({ id: admin.companyId });
  }

  // ok: missing-role-check
  @Post('plan')
  @HttpCode(202)
  requestUpgrade(@CurrentUser() admin: AuthUser) {
    return this.companies.update(admin.companyId, { plan: 'pending_upgrade' });
  }
}
