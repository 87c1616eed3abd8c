import { Controller, Get, Param } from '@nestjs/common';
import { CurrentUser, SessionUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('admin')
@Roles('ADMIN')
export class AdminController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth, missing-role-check
  @Get('staff')
  staff(@CurrentUser() user: SessionUser) {
    // ok: unscoped-tenant-query
    return this.prisma.user.findMany({ where: { clinicId: user.clinicId }, select: { id: true, email: true, name: true, role: true } });
  }

  // ok: missing-auth, missing-role-check
  @Get('clinics')
  clinics() {
    // expect: unscoped-tenant-query
    return this.prisma.clinic.findMany({ orderBy: { createdAt: 'desc' } });
  }

  // ok: missing-auth, missing-role-check
  @Get('staff/:userId')
  member(@Param('userId') userId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, clinicId: true } });
  }
}
