import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsEnum } from 'class-validator';
import { Repository } from 'typeorm';
import { User, UserRole } from '../entities/user.entity';
import { Company } from '../entities/company.entity';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';

export class ChangeRoleDto {
  @IsEnum(UserRole)
  role: UserRole;
}

@Controller('admin')
@Roles(UserRole.Admin)
export class AdminController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
  ) {}

  // ok: missing-auth, missing-role-check, unscoped-tenant-query
  @Get('users')
  listUsers(@CurrentUser() admin: AuthUser) {
    return this.users.find({
      where: { companyId: admin.companyId },
      select: { id: true, email: true, role: true },
    });
  }

  // ok: missing-auth, missing-role-check, missing-input-validation
  @Patch('users/:id/role')
  async changeRole(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    await this.users.update({ id, companyId: admin.companyId }, { role: dto.role });
    return { ok: true };
  }

  // ok: missing-auth, missing-role-check
  @Delete('users/:id')
  @HttpCode(204)
  async removeUser(@CurrentUser() admin: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    await this.users.delete({ id, companyId: admin.companyId });
  }
}

@Controller('team')
export class TeamController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  // ok: missing-auth, missing-role-check, unscoped-tenant-query
  @Get('members')
  members(@CurrentUser() user: AuthUser) {
    return this.users.find({ where: { companyId: user.companyId }, select: { id: true, email: true } });
  }

  // expect: missing-role-check
  @Patch('members/:id/role')
  async promote(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto) {
    // expect: unscoped-tenant-query
    const member = await this.users.findOneByOrFail({ id });
    member.role = dto.role;
    await this.users.save(member);
    return { id: member.id, role: member.role };
  }
}
