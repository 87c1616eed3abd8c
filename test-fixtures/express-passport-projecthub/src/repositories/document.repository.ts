import { prisma } from '../lib/prisma';

export const documentRepository = {
  create(data: { companyId: string; projectId?: string; filename: string; path: string; mimeType: string; size: number }) {
    return prisma.document.create({ data });
  },

  findById(id: string) {
    // expect: unscoped-tenant-query
    return prisma.document.findUnique({ where: { id } });
  },

  deleteForCompany(companyId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.document.deleteMany({ where: { id, companyId } });
  },
};
