import { Controller, Get, Logger, Param, Query } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser, CurrentUser } from '../common/decorators';

@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get('invoices')
  invoices(@CurrentUser() user: AuthUser, @Query() filters: Record<string, string>) {
    // ok: token-logging
    this.logger.log(`invoice report for ${user.email}`);
    // expect: unscoped-tenant-query
    return this.prisma.invoice.findMany({ where: { orgId: user.orgId, ...filters } });
  }

  // ok: missing-auth
  @Get('invoices/:id/raw')
  async rawInvoice(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const rows = await this.prisma.$queryRaw<Array<{ id: string }>>`SELECT * FROM "Invoice" WHERE id = ${id}`;
    return rows[0] ?? null;
  }

  // ok: missing-auth
  @Get('jobs/by-status')
  jobsByStatus(@CurrentUser() user: AuthUser, @Query('status') status: string) {
    // ok: unscoped-tenant-query
    return this.prisma.translationJob.findMany({ where: { status, orgId: user.orgId } });
  }

  // ok: missing-auth
  @Get('projects/:projectId/jobs')
  async projectJobs(@CurrentUser() user: AuthUser, @Param('projectId') projectId: string) {
    // ok: unscoped-tenant-query
    const project = await this.prisma.project.findFirstOrThrow({ where: { id: projectId, orgId: user.orgId } });
    // ok: unscoped-tenant-query
    return this.prisma.translationJob.findMany({ where: { projectId: project.id } });
  }
}
