import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

// meant for platform staff, but `admin` is a role on the user row of users that each belong to one org (User.orgId):
// every org's own admin passes this gate
@Roles('admin')
@Controller('labs')
export class LabsController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  list() {
    // expect: unscoped-tenant-query
    return this.prisma.org.findMany({ select: { id: true, name: true, suspended: true } });
  }

  @Post(':orgId/suspend')
  @HttpCode(204)
  async suspend(@Param('orgId') orgId: string) {
    // expect: unscoped-tenant-query
    await this.prisma.org.update({ where: { id: orgId }, data: { suspended: true } });
  }
}
