import { Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { TenantContext } from '../common/tenant-context.service';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class InvoicesService {
  private readonly log = new Logger('Invoices');

  constructor(
    private readonly prisma: PrismaService,
    private readonly ctx: TenantContext,
  ) {}

  list(status?: string) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.findMany({
      where: { orgId: this.ctx.orgId, status },
      orderBy: { createdAt: 'desc' },
    });
  }

  async byId(id: string) {
    // ok: unscoped-tenant-query
    const invoice = await this.prisma.invoice.findFirst({ where: { id, orgId: this.ctx.orgId } });
    if (!invoice) throw new NotFoundException();
    return invoice;
  }

  /** Used by the printable view that the e-mailed link opens. */
  forPrint(id: string) {
    return this.prisma.invoice.findUnique({ where: { id } });
  }

  async markPaid(id: string) {
    const invoice = await this.byId(id);
    try {
      // ok: unscoped-tenant-query
      return await this.prisma.invoice.update({
        where: { id: invoice.id },
        data: { status: 'paid', paidAt: new Date() },
      });
    } catch (err) {
      this.log.error(`marking ${id} paid failed`, (err as Error).stack);
      // expect: error-details-leak
      throw new InternalServerErrorException(`Could not update invoice: ${(err as Error).message}`);
    }
  }
}
