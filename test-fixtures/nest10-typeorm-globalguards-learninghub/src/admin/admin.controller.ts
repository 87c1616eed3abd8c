import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JwtService } from '@nestjs/jwt';
import { Repository } from 'typeorm';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { ChangeRoleDto, InviteMemberDto } from '../auth/dto';
import { AuditLog, Role, User } from '../entities';

@Controller('admin')
@Roles(Role.Admin)
export class AdminController {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
  ) {}

  // ok: missing-auth, missing-role-check
  @Get('users')
  listUsers(@CurrentUser() admin: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { tenantId: admin.tenantId }, select: ['id', 'email', 'displayName', 'role'] });
  }

  // ok: missing-role-check, missing-input-validation
  @Patch('users/:id/role')
  async changeRole(@Param('id') id: string, @CurrentUser() admin: AuthUser, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const result = await this.users.update({ id, tenantId: admin.tenantId }, { role: dto.role });
    if (!result.affected) throw new NotFoundException();
    return { id, role: dto.role };
  }

  // ok: missing-role-check
  @Post('users/:id/impersonate')
  async impersonate(@Param('id') id: string, @CurrentUser() admin: AuthUser) {
    // expect: unscoped-tenant-query
    const target = await this.users.findOneBy({ id });
    if (!target) throw new NotFoundException();
    return { accessToken: this.jwt.sign({ sub: target.id, tid: target.tenantId, email: target.email, role: target.role, imp: admin.id }) };
  }
}

@Controller('admin/audit')
export class AuditController {
  constructor(@InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>) {}

  // expect: missing-role-check
  @Get()
  list(@CurrentUser() user: AuthUser, @Query('action') action?: string) {
    // ok: unscoped-tenant-query
    return this.logs.find({ where: { tenantId: user.tenantId, ...(action ? { action } : {}) }, take: 200 });
  }

  // expect: missing-role-check
  @Delete(':id')
  @HttpCode(204)
  async purge(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    await this.logs.delete({ id, tenantId: user.tenantId });
  }
}

@Controller('members')
export class MembersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.users.find({ where: { tenantId: user.tenantId }, select: ['id', 'displayName'] });
  }

  @Roles(Role.Admin)
  // ok: missing-rate-limit, missing-input-validation, missing-role-check
  @Post('invite')
  invite(@CurrentUser() user: AuthUser, @Body() dto: InviteMemberDto) {
    return { invited: dto.email, tenantId: user.tenantId, role: dto.role };
  }

  // expect: missing-role-check
  @Delete(':userId')
  @HttpCode(204)
  async remove(@Param('userId') userId: string, @CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    await this.users.delete({ id: userId, tenantId: user.tenantId });
  }
}
