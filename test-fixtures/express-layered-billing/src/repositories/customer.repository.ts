import { prisma } from '../lib/prisma';

export const customerRepository = {
  listByOrg(orgId: string) {
    return prisma.customer.findMany({ where: { orgId }, orderBy: { name: 'asc' } });
  },

  findById(id: string) {
    // ok: unscoped-tenant-query
    return prisma.customer.findUnique({ where: { id } });
  },

  findWithInvoices(id: string) {
    // expect: unscoped-tenant-query
    return prisma.customer.findUnique({ where: { id }, include: { invoices: true } });
  },

  create(orgId: string, data: { name: string; email: string; taxId?: string }) {
    return prisma.customer.create({ data: { ...data, orgId } });
  },

  update(id: string, data: Record<string, unknown>) {
    // ok: unscoped-tenant-query
    return prisma.customer.update({ where: { id }, data });
  },
};
