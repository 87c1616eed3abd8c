import { prisma } from '../lib/prisma.js';

export const reagentRepository = {
  listForOrg(organizationId: string) {
    // ok: unscoped-tenant-query
    return prisma.reagent.findMany({ where: { organizationId }, orderBy: { name: 'asc' } });
  },

  lowStock(threshold: number) {
    // every organization's reagents
    // expect: unscoped-tenant-query
    return prisma.reagent.findMany({ where: { quantity: { lt: threshold } }, orderBy: { quantity: 'asc' } });
  },

  byId(id: string) {
    // ok: unscoped-tenant-query
    return prisma.reagent.findUnique({ where: { id } });
  },
};

export const bookingRepository = {
  forEquipment(equipmentId: string) {
    // expect: unscoped-tenant-query
    return prisma.booking.findMany({ where: { equipmentId }, orderBy: { startsAt: 'asc' } });
  },
};
