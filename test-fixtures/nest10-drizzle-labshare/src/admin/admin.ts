import { Body, Controller, Delete, Get, HttpCode, Inject, Injectable, Module, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { and, count, eq } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { bookings, users } from '../db/schema';
import { Access, AuthUser, CurrentUser, Role, Roles } from '../auth/decorators';
import { ChangeRoleDto } from '../auth/dto';

@Injectable()
export class MembersService {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  list(orgId: string) {
    // ok: unscoped-tenant-query
    return this.db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.organizationId, orgId));
  }

  async remove(id: string, orgId: string) {
    // ok: unscoped-tenant-query
    await this.db.delete(users).where(and(eq(users.id, id), eq(users.organizationId, orgId)));
  }

  async changeRole(id: string, orgId: string, role: Role) {
    // ok: unscoped-tenant-query
    await this.db.update(users).set({ role }).where(and(eq(users.id, id), eq(users.organizationId, orgId)));
  }

  async usage(orgId: string) {
    // ok: unscoped-tenant-query
    const [row] = await this.db.select({ n: count() }).from(bookings).where(eq(bookings.organizationId, orgId));
    return { bookings: row.n };
  }
}

@Controller('admin/members')
@Roles(Role.Admin)
export class AdminMembersController {
  constructor(private readonly members: MembersService) {}

  // ok: missing-auth, missing-role-check
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.members.list(user.organizationId);
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.members.remove(id, user.organizationId);
  }
}

@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.members.list(user.organizationId);
  }

  // any member may remove a colleague: the access list is empty
  // ok: missing-auth
  // expect: missing-role-check
  @Delete(':id')
  @Access()
  @HttpCode(204)
  remove(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.members.remove(id, user.organizationId);
  }

  // ok: missing-auth, missing-role-check
  @Post(':id/demote')
  @Access(Role.Admin)
  demote(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.members.changeRole(id, user.organizationId, Role.Member);
  }

  // ok: missing-input-validation
  // expect: missing-role-check
  @Patch(':id/role')
  changeRole(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ChangeRoleDto, @CurrentUser() user: AuthUser) {
    return this.members.changeRole(id, user.organizationId, dto.role);
  }
}

@Controller('admin/usage')
export class UsageController {
  constructor(private readonly members: MembersService) {}

  // ok: missing-auth
  // expect: missing-role-check
  @Get()
  usage(@CurrentUser() user: AuthUser) {
    return this.members.usage(user.organizationId);
  }
}

@Module({ controllers: [AdminMembersController, MembersController, UsageController], providers: [MembersService] })
export class AdminModule {}
