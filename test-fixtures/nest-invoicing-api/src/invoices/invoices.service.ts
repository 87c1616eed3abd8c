import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class InvoicesService {
  constructor(private readonly prisma: PrismaService) {}

  findAll(organizationId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.findMany({ where: { organizationId } });
  }

  findOne(id: string) {
    // expect: unscoped-tenant-query
    return this.prisma.invoice.findUnique({ where: { id } });
  }

  async findOwned(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    const invoice = await this.prisma.invoice.findFirst({ where: { id, organizationId } });
    if (!invoice) throw new NotFoundException();
    return invoice;
  }

  remove(id: string, organizationId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.invoice.deleteMany({ where: { id, organizationId } });
  }

  byShareToken(token: string) {
    return this.prisma.invoice.findUnique({ where: { shareToken: token }, select: { number: true, amountCents: true } });
  }
}
