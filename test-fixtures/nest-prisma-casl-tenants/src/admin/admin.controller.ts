import { Controller, Get, Param, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '../prisma/prisma.service';
import { Roles } from '../auth/roles.decorator';

@Controller('admin/tenants')
export class AdminController {
  constructor(private readonly prisma: PrismaService, private readonly jwt: JwtService) {}

  @Roles('staff')
  @Get()
  list() {
    // ok: unscoped-tenant-query
    return this.prisma.tenant.findMany({ select: { id: true, name: true, plan: true } });
  }

  // expect: missing-role-check
  @Post(':tenantId/users/:userId/impersonate')
  async impersonate(@Param('tenantId') tenantId: string, @Param('userId') userId: string) {
    // expect: unscoped-tenant-query
    const user = await this.prisma.user.findFirstOrThrow({ where: { id: userId, tenantId } });
    return { accessToken: await this.jwt.signAsync({ sub: user.id, tid: user.tenantId, role: user.role, impersonated: true }) };
  }
}
