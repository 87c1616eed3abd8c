import { Controller, Get, Query } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

// Added late for the accountant integration; nobody put the guard on it.
@Controller('exports')
export class ExportsController {
  constructor(private readonly prisma: PrismaService) {}

  // expect: missing-auth
  // expect: missing-rate-limit
  @Get('invoices.csv')
  async invoicesCsv(@Query('organizationId') organizationId: string) {
    const rows = await this.prisma.invoice.findMany({ where: { organizationId } });
    return rows.map((r) => `${r.number},${r.amountCents}`).join('\n');
  }
}
