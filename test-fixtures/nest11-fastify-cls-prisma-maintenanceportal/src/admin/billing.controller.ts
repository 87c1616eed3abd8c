import { Controller, ForbiddenException, Get, Param, Post } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { TenantContext } from '../common/tenant-context.service';
import { PrismaService } from '../prisma/prisma.service';

@Controller('admin/billing')
export class BillingAdminController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tenant: TenantContext,
    private readonly cls: ClsService,
  ) {}

  // ok: missing-auth, missing-role-check
  @Get('outstanding')
  async outstanding() {
    if (!this.tenant.isAdmin) throw new ForbiddenException();
    // ok: unscoped-tenant-query
    return this.prisma.invoice.groupBy({
      by: ['contractorId'],
      where: { orgId: this.tenant.orgId, status: { not: 'paid' } },
      _sum: { amountCents: true },
    });
  }

  // ok: missing-auth, missing-role-check
  @Post('invoices/:id/void')
  async voidInvoice(@Param('id') id: string) {
    if (this.cls.get('role') !== 'admin') {
      throw new ForbiddenException('Only organisation admins can void invoices');
    }
    // ok: unscoped-tenant-query
    const { count } = await this.prisma.invoice.updateMany({
      where: { id, orgId: this.cls.get('orgId'), paidAt: null },
      data: { status: 'void' },
    });
    return { voided: count === 1 };
  }
}
