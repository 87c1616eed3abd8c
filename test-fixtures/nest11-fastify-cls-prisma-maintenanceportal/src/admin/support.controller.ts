import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

/** Tools for the portal's support staff. */
@Controller('admin/support')
export class SupportController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  // expect: missing-role-check
  @Get('organizations')
  organizations() {
    // expect: unscoped-tenant-query
    return this.prisma.organization.findMany({
      include: { users: { select: { email: true, role: true } } },
    });
  }

  @HttpCode(204)
  // ok: missing-auth
  // expect: missing-role-check
  @Delete('users/:userId')
  async deleteUser(@Param('userId') userId: string) {
    // expect: unscoped-tenant-query
    await this.prisma.user.delete({ where: { id: userId } });
  }
}
