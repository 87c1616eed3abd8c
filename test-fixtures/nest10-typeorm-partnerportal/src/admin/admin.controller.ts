import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsIn } from 'class-validator';
import { Deal, Partner, User } from '../entities';
import { PlatformStaff, Public, Roles } from '../auth/decorators';

class ChangeRoleDto {
  @IsIn(['admin', 'manager', 'rep']) role: 'admin' | 'manager' | 'rep';
}

// Platform operators manage every partner account from here.
@Controller('admin/partners')
@Roles('superadmin')
export class AdminPartnersController {
  constructor(@InjectRepository(Partner) private readonly partners: Repository<Partner>) {}

  // ok: missing-role-check, missing-auth
  @Get()
  all() {
    // ok: unscoped-tenant-query
    return this.partners.find();
  }

  // ok: missing-role-check
  @Post(':id/suspend')
  suspend(@Param('id') id: string) {
    // ok: unscoped-tenant-query
    return this.partners.update(id, { status: 'suspended' });
  }
}

// A partner admin manages the people of their own partner account.
@Controller('admin/users')
export class AdminUsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  // ok: missing-role-check
  @Roles('admin')
  @Get()
  list() {
    // expect: unscoped-tenant-query
    return this.users.find({ select: ['id', 'email', 'role', 'tenantId'] });
  }

  @Roles('admin')
  // ok: missing-role-check
  @Patch(':id/role')
  changeRole(@Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // expect: unscoped-tenant-query
    return this.users.update(id, { role: dto.role });
  }

  // expect: missing-role-check
  @Delete(':id')
  async remove(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    await this.users.delete(id);
    return { deleted: id };
  }
}

@Controller('admin/reports')
@PlatformStaff()
export class AdminReportsController {
  constructor(@InjectRepository(Deal) private readonly deals: Repository<Deal>) {}

  // expect: missing-rate-limit
  // ok: missing-role-check
  @Get('deals-export')
  async exportAllDeals() {
    // ok: unscoped-tenant-query
    const rows = await this.deals.find({ order: { tenantId: 'ASC' } });
    return rows.map((d) => `${d.tenantId},${d.id},${d.amount}`).join('\n');
  }
}

// Status page for the partner portal; everything here is readable without signing in.
@Public()
@Controller('status')
export class StatusController {
  constructor(@InjectRepository(Deal) private readonly deals: Repository<Deal>) {}

  // ok: missing-auth
  @Get()
  status() {
    return { status: 'operational' };
  }

  // expect: missing-auth
  @Get('pipeline/:tenantId')
  pipeline(@Param('tenantId') tenantId: string) {
    return this.deals.find({ where: { tenantId, stage: 'open' }, select: ['title', 'amount'] });
  }
}
