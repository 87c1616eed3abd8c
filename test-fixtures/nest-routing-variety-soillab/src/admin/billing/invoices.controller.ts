import { Controller, Get } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

// mounted at /admin/billing by the RouterModule tree (see app.module.ts)
@Controller('invoices')
export class InvoicesController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-role-check
  @Get()
  list() {
    // expect: unscoped-tenant-query
    return this.prisma.invoice.findMany({ orderBy: { id: 'desc' }, take: 200 });
  }
}
