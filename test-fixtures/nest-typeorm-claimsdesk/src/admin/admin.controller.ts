import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IsEnum } from 'class-validator';
import { Roles } from '../auth/roles.decorator';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Role, User } from '../users/user.entity';

class ChangeRoleDto {
  @IsEnum(Role)
  role: Role;
}

@Controller('admin/users')
@Roles(Role.Admin)
export class AdminController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  // ok: missing-role-check
  @Get()
  list(@CurrentUser() me: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { organizationId: me.organizationId }, select: { id: true, email: true, role: true } });
  }

  // ok: missing-role-check, missing-input-validation
  @Patch(':id/role')
  async changeRole(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    await this.users.update({ id, organizationId: me.organizationId }, { role: dto.role });
    return { ok: true };
  }

  // ok: missing-role-check
  @Delete(':id')
  async remove(@Param('id', ParseUUIDPipe) id: string) {
    // expect: unscoped-tenant-query
    await this.users.delete({ id });
    return { ok: true };
  }
}
