import { Controller, Get, Header, NotFoundException, Param, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser, CurrentUser, Roles } from '../common/decorators';

@Controller('admin')
@Roles('admin')
export class AdminController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jwt: JwtService,
  ) {}

  // ok: missing-role-check
  @Get('organizations')
  organizations() {
    // expect: unscoped-tenant-query
    return this.prisma.organization.findMany({ include: { _count: { select: { users: true, projects: true } } } });
  }

  // ok: missing-role-check, missing-auth
  @Get('invoices')
  invoices(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.findMany({ where: { orgId: user.orgId }, orderBy: { createdAt: 'desc' } });
  }

  // ok: missing-role-check
  @Post('impersonate/:userId')
  async impersonate(@CurrentUser() admin: AuthUser, @Param('userId') userId: string) {
    // ok: unscoped-tenant-query
    const target = await this.prisma.user.findFirst({ where: { id: userId, orgId: admin.orgId } });
    if (!target) throw new NotFoundException();
    const accessToken = await this.jwt.signAsync(
      { sub: target.id, orgId: target.orgId, role: target.role, email: target.email, act: admin.id },
      { expiresIn: '30m' },
    );
    return { accessToken };
  }

  // ok: missing-role-check, missing-rate-limit
  @Get('usage/export')
  @Header('content-type', 'text/csv')
  async exportUsage(@CurrentUser() admin: AuthUser) {
    // ok: unscoped-tenant-query
    const jobs = await this.prisma.translationJob.findMany({ where: { orgId: admin.orgId }, select: { id: true, targetLang: true, status: true } });
    return ['id,target,status', ...jobs.map((j) => `${j.id},${j.targetLang},${j.status}`)].join('\n');
  }
}
