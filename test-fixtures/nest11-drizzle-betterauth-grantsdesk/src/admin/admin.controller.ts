import { Body, Controller, Delete, Get, Inject, NotFoundException, Param, Patch } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { and, eq } from 'drizzle-orm';
import { CurrentUser, Roles, SessionUser } from '../auth/decorators';
import { DRIZZLE, Database } from '../db/db';
import { user as users, workspaces } from '../db/schema';

export class ChangeRoleDto {
  @IsIn(['admin', 'reviewer', 'applicant_manager']) role!: string;
}

@Controller('admin')
@Roles('owner')
export class AdminController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth, missing-role-check
  @Get('workspaces')
  allWorkspaces() {
    // expect: unscoped-tenant-query
    return this.db.select().from(workspaces);
  }

  // ok: missing-role-check
  @Get('users')
  listUsers(@CurrentUser() me: SessionUser) {
    // ok: unscoped-tenant-query
    return this.db.select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.workspaceId, me.workspaceId));
  }

  // ok: missing-role-check
  // expect: missing-input-validation
  @Patch('users/:id/role')
  async setRole(@Param('id') id: string, @Body() body: any) {
    // expect: unscoped-tenant-query
    await this.db.update(users).set({ role: body.role }).where(eq(users.id, id));
    return { id, role: body.role };
  }
}

@Controller('workspace/members')
export class MembersController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth, missing-role-check
  @Get()
  list(@CurrentUser() me: SessionUser) {
    // ok: unscoped-tenant-query
    return this.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.workspaceId, me.workspaceId));
  }

  // expect: missing-role-check
  // ok: missing-input-validation
  @Patch(':id/role')
  async changeRole(@CurrentUser() me: SessionUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const [row] = await this.db.update(users).set({ role: dto.role }).where(and(eq(users.id, id), eq(users.workspaceId, me.workspaceId))).returning();
    if (!row) throw new NotFoundException();
    return { id: row.id, role: row.role };
  }

  // expect: missing-role-check
  @Delete(':id')
  async remove(@CurrentUser() me: SessionUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    await this.db.delete(users).where(and(eq(users.id, id), eq(users.workspaceId, me.workspaceId)));
    return { removed: id };
  }
}
