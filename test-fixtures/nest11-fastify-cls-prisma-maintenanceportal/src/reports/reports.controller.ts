import { Controller, Get, Header, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { Roles } from '../auth/roles.decorator';
import { currentOrgId } from '../common/current-org';
import { PrismaService } from '../prisma/prisma.service';

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly cls: ClsService,
  ) {}

  // ok: missing-auth
  @Get('summary')
  async summary() {
    const orgId = this.cls.get('orgId');
    // ok: unscoped-tenant-query
    const open = await this.prisma.workOrder.count({ where: { orgId, status: 'open' } });
    // ok: unscoped-tenant-query
    const unpaid = await this.prisma.invoice.aggregate({
      where: { orgId, status: { not: 'paid' } },
      _sum: { amountCents: true },
    });
    return { open, unpaidCents: unpaid._sum.amountCents ?? 0 };
  }

  // ok: missing-auth
  @Get('properties/:propertyId/costs')
  async propertyCosts(@Param('propertyId') propertyId: string) {
    // ok: unscoped-tenant-query
    const property = await this.prisma.property.findFirst({
      where: { id: propertyId, orgId: currentOrgId() },
      select: { id: true, name: true },
    });
    if (!property) throw new NotFoundException();
    // ok: unscoped-tenant-query
    const spent = await this.prisma.workOrder.aggregate({
      where: { unit: { propertyId: property.id }, orgId: currentOrgId() },
      _sum: { costCents: true },
    });
    return { property, spentCents: spent._sum.costCents ?? 0 };
  }

  // ok: missing-auth
  @Get('dispatch-board')
  async dispatchBoard() {
    // expect: unscoped-tenant-query
    return this.prisma.workOrder.findMany({
      where: { orgId: this.cls.get<string>('activeOrgId'), status: { in: ['open', 'assigned'] } },
      include: { unit: { select: { label: true } }, contractor: { select: { company: true } } },
      orderBy: [{ priority: 'desc' }, { createdAt: 'asc' }],
    });
  }

  // ok: missing-auth
  @Get('work-orders/:id/timeline')
  async timeline(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    const order = await this.prisma.workOrder.findUnique({
      where: { id },
      select: { id: true, status: true, createdAt: true, attachments: { select: { fileName: true } } },
    });
    if (!order) throw new NotFoundException();
    return order;
  }

  @Roles('admin', 'manager')
  @Header('Content-Type', 'text/csv')
  // ok: missing-auth, missing-role-check
  // expect: missing-rate-limit
  @Get('invoices/export')
  async exportInvoices(@Query('year') year: string, @Res() reply: FastifyReply) {
    const from = new Date(`${Number(year) || new Date().getFullYear()}-01-01`);
    // ok: unscoped-tenant-query
    const rows = await this.prisma.invoice.findMany({
      where: { orgId: this.cls.get('orgId'), createdAt: { gte: from } },
    });
    const csv = ['number,amount,status', ...rows.map((r) => `${r.number},${r.amountCents / 100},${r.status}`)].join('\n');
    return reply.header('Content-Disposition', 'attachment; filename="invoices.csv"').send(csv);
  }
}
