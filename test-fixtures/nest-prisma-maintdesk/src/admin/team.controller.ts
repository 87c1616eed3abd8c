import { Body, Controller, Delete, Param, Patch, Post, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Response } from 'express';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';
import { ChangeRoleDto } from './dto';

@Controller('team')
export class TeamController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  // expect: missing-role-check
  // ok: missing-input-validation
  @Patch(':userId/role')
  async changeRole(@CurrentUser() user: AuthUser, @Param('userId') userId: string, @Body() dto: ChangeRoleDto) {
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.user.updateMany({
      where: { id: userId, companyId: user.companyId },
      data: { role: dto.role },
    });
    return { updated: count };
  }

  @Roles('MANAGER', 'ADMIN')
  // ok: missing-role-check
  @Delete(':userId')
  async disable(@CurrentUser() user: AuthUser, @Param('userId') userId: string) {
    // ok: unscoped-tenant-query
    await this.prisma.user.updateMany({ where: { id: userId, companyId: user.companyId }, data: { disabled: true } });
    return { ok: true };
  }

  // expect: missing-role-check
  @Post(':userId/impersonate')
  async impersonate(@CurrentUser() user: AuthUser, @Param('userId') userId: string, @Res({ passthrough: true }) res: Response) {
    // ok: unscoped-tenant-query
    const target = await this.prisma.user.findFirst({ where: { id: userId, companyId: user.companyId } });
    if (!target) return { ok: false };
    // expect: insecure-jwt
    const token = await this.jwt.signAsync(
      { sub: target.id, companyId: target.companyId, role: target.role, act: user.id },
      { secret: 'maintdesk-impersonation', expiresIn: '15m' },
    );
    // expect: insecure-cookie
    res.cookie('impersonation_token', token);
    return { ok: true };
  }
}
