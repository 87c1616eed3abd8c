import type { Prisma } from '@prisma/client';
import { prisma } from '../lib/prisma.js';

export const sampleRepository = {
  listForOrg(organizationId: string, take = 50, cursor?: string) {
    // ok: unscoped-tenant-query
    return prisma.sample.findMany({
      where: { organizationId },
      orderBy: { collectedAt: 'desc' },
      take,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
  },

  findInOrg(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.sample.findFirst({ where: { id, organizationId }, include: { attachments: true } });
  },

  create(data: Prisma.SampleUncheckedCreateInput) {
    return prisma.sample.create({ data });
  },

  update(id: string, data: Prisma.SampleUpdateInput) {
    // expect: unscoped-tenant-query
    return prisma.sample.update({ where: { id }, data });
  },

  deleteInOrg(organizationId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.sample.deleteMany({ where: { id, organizationId } });
  },

  labelInfo(id: string) {
    return prisma.sample.findUnique({
      where: { id },
      select: { barcode: true, label: true, matrix: true, collectedAt: true, storageLocation: true },
    });
  },

  createMany(rows: Prisma.SampleCreateManyInput[]) {
    return prisma.sample.createMany({ data: rows, skipDuplicates: true });
  },
};
