import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { PrismaService } from '../prisma/prisma.service';
import { AuthService } from '../auth/auth.service';
import { AuthUser, CurrentUser, Roles } from '../common/decorators';
import { ChangeRoleDto, InviteUserDto, UpdateProfileDto } from './users.dto';

const PUBLIC_FIELDS = { id: true, name: true, email: true, role: true, languages: true } as const;

@Controller('users')
export class UsersController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly auth: AuthService,
  ) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.user.findMany({ where: { orgId: user.orgId }, select: PUBLIC_FIELDS });
  }

  // ok: missing-input-validation
  @Patch('me')
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto) {
    return this.prisma.user.update({ where: { id: user.id }, data: dto, select: PUBLIC_FIELDS });
  }

  // expect: missing-role-check
  @Patch(':id/role')
  async changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({ where: { id, orgId: user.orgId }, data: { role: dto.role } });
    if (count === 0) throw new NotFoundException();
    return { id, role: dto.role };
  }

  @Roles('admin')
  // ok: missing-role-check, missing-rate-limit
  @Post('invite')
  async invite(@CurrentUser() user: AuthUser, @Body() dto: InviteUserDto) {
    const temporary = randomBytes(18).toString('base64url');
    const invited = await this.prisma.user.create({
      data: { ...dto, orgId: user.orgId, passwordHash: await bcrypt.hash(temporary, 12) },
      select: PUBLIC_FIELDS,
    });
    await this.auth.requestReset(invited.email);
    return invited;
  }

  @Roles('admin')
  // ok: missing-role-check
  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.deleteMany({ where: { id, orgId: user.orgId } });
    if (count === 0) throw new NotFoundException();
  }
}
