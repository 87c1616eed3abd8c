import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsIn } from 'class-validator';
import { Partner, User } from '../entities';
import { Roles } from '../auth/decorators';

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
