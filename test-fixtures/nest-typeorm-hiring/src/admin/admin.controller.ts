import { Body, Controller, Delete, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsIn } from 'class-validator';
import { Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { CurrentUser, AuthUser } from '../common/current-user.decorator';
import { Roles } from '../common/roles.decorator';
import { RolesGuard } from '../common/roles.guard';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';

class ChangeRoleDto {
  @IsIn(['recruiter', 'hiring_manager', 'admin'])
  role: 'recruiter' | 'hiring_manager' | 'admin';
}

@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
export class AdminController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  @Roles('admin')
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { companyId: user.companyId } });
  }

  @Patch(':id/role')
  @Roles('admin')
  async changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // expect: unscoped-tenant-query
    await this.users.update(id, { role: dto.role });
    return { ok: true };
  }

  // expect: missing-role-check
  @Delete(':id')
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.users.delete({ id, companyId: user.companyId });
  }
}
