import { Body, Controller, Delete, Get, HttpCode, Logger, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { randomBytes, createHash } from 'node:crypto';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { ChangeRoleDto } from './admin.dto';

// company admins manage their own company's accounts
@Controller('admin/users')
export class AdminUsersController {
  private readonly logger = new Logger(AdminUsersController.name);

  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth, missing-role-check
  @Get()
  @Roles('ADMIN')
  list() {
    // an ADMIN is the admin of one company, not of the platform
    // expect: unscoped-tenant-query
    return this.prisma.user.findMany({ select: { id: true, email: true, role: true, companyId: true } });
  }

  // expect: missing-role-check
  // ok: missing-auth, missing-input-validation
  @Patch(':id/role')
  async changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({
      where: { id, companyId: user.companyId },
      data: { role: dto.role },
    });
    if (!count) throw new NotFoundException();
    this.logger.log(`role of ${id} set to ${dto.role} by ${user.id}`);
    return { ok: true };
  }

  // ok: missing-auth, missing-role-check
  @Delete(':id')
  @Roles('ADMIN')
  async remove(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const target = await this.prisma.user.findUnique({ where: { id } });
    if (!target || target.companyId !== user.companyId) throw new NotFoundException();
    // ok: unscoped-tenant-query
    await this.prisma.user.delete({ where: { id: target.id } });
    return { deleted: true };
  }

  // ok: missing-auth, missing-role-check, missing-rate-limit
  @Post(':id/reset-password')
  @Roles('ADMIN')
  @HttpCode(202)
  async forceReset(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    const token = randomBytes(32).toString('hex');
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({
      where: { id, companyId: user.companyId },
      data: { resetToken: createHash('sha256').update(token).digest('hex'), resetExpires: new Date(Date.now() + 86400_000) },
    });
    if (!count) throw new NotFoundException();
    return { resetUrl: `${process.env.APP_URL}/reset?token=${token}` };
  }
}
