import type { Prisma } from '@prisma/client';
import { prisma } from '../lib/prisma';

export class InvoiceRepository {
  listByOrg(orgId: string, status?: string) {
    return prisma.invoice.findMany({
      where: { orgId, ...(status ? { status } : {}) },
      orderBy: { dueDate: 'desc' },
    });
  }

  findInOrg(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.invoice.findFirst({ where: { id, orgId }, include: { lines: true, customer: true } });
  }

  create(orgId: string, data: Omit<Prisma.InvoiceUncheckedCreateInput, 'orgId'>) {
    return prisma.invoice.create({ data: { ...data, orgId } });
  }

  updateInOrg(orgId: string, id: string, data: Prisma.InvoiceUpdateInput) {
    // ok: unscoped-tenant-query
    return prisma.invoice.updateMany({ where: { id, orgId }, data });
  }

  markSent(id: string) {
    // expect: unscoped-tenant-query
    return prisma.invoice.update({ where: { id }, data: { status: 'sent', sentAt: new Date() } });
  }

  deleteById(id: string) {
    // expect: unscoped-tenant-query
    return prisma.invoice.delete({ where: { id } });
  }

  linesOf(invoiceId: string) {
    // ok: unscoped-tenant-query
    return prisma.invoiceLine.findMany({ where: { invoiceId }, orderBy: { id: 'asc' } });
  }
}

export const invoiceRepository = new InvoiceRepository();
