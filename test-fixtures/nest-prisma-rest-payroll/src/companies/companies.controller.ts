import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('companies')
export class CompaniesController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get('current')
  current(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.prisma.company.findUnique({ where: { id: user.companyId } });
  }

  // the settings page builds this URL from the company id in the JWT, but nothing checks it
  // ok: missing-auth, missing-role-check
  @Get(':companyId/settings')
  @Roles('ADMIN')
  settings(@Param('companyId') companyId: string) {
    // expect: unscoped-tenant-query
    return this.prisma.company.findUnique({
      where: { id: companyId },
      select: { name: true, legalName: true, taxId: true, bankIban: true },
    });
  }

  // expect: missing-input-validation
  // ok: missing-auth, missing-role-check
  @Patch('current')
  @Roles('ADMIN')
  // an inline object type: the global ValidationPipe checks nothing
  update(@CurrentUser() user: AuthUser, @Body() body: { name?: string; legalName?: string; bankIban?: string }) {
    // ok: unscoped-tenant-query
    return this.prisma.company.update({ where: { id: user.companyId }, data: body });
  }
}
