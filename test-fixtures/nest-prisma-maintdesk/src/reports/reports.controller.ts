import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { OptionalJwtAuthGuard } from '../auth/optional-jwt.guard';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Controller('reports')
export class ReportsController {
  constructor(private readonly prisma: PrismaService) {}

  @Public()
  // ok: missing-auth
  @Get('platform-stats')
  async platformStats() {
    const [companies, closed] = await Promise.all([
      this.prisma.company.count(),
      this.prisma.workOrder.count({ where: { status: 'closed' } }),
    ]);
    return { companies, closedWorkOrders: closed };
  }

  // the optional guard never refuses: anonymous callers get every company's vendor list
  @Public()
  @UseGuards(OptionalJwtAuthGuard)
  // expect: missing-auth
  @Get('companies/:companyId/vendors')
  vendors(@Param('companyId') companyId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.vendor.findMany({ where: { companyId }, select: { id: true, name: true, trade: true, phone: true } });
  }

  @Public()
  // expect: missing-auth
  @Get('companies/:companyId/backlog')
  backlog(@Param('companyId') companyId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { companyId, status: { not: 'closed' } },
      select: { id: true, title: true, priority: true, createdAt: true },
    });
  }
}
