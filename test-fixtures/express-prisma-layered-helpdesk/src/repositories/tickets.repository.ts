import { prisma } from '../lib/prisma';

export const ticketsRepository = {
  findTicketForOrg(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    return prisma.ticket.findFirst({ where: { id, orgId } });
  },

  findTicket(id: string) {
    // expect: unscoped-tenant-query
    return prisma.ticket.findUnique({ where: { id }, include: { comments: true } });
  },

  loadTicket(id: string) {
    // ok: unscoped-tenant-query
    return prisma.ticket.findUnique({ where: { id } });
  },

  listForOrg(orgId: string, status?: string) {
    const where: { orgId: string; status?: string } = { orgId };
    if (status) where.status = status;
    // ok: unscoped-tenant-query
    return prisma.ticket.findMany({ where, orderBy: { createdAt: 'desc' } });
  },

  setStatus(id: string, status: string) {
    // ok: unscoped-tenant-query
    return prisma.ticket.update({ where: { id }, data: { status } });
  },

  reassign(id: string, assigneeId: string) {
    // expect: unscoped-tenant-query
    return prisma.ticket.update({ where: { id }, data: { assigneeId } });
  },

  create(orgId: string, data: { subject: string; body: string; priority?: number }) {
    return prisma.ticket.create({ data: { ...data, orgId } });
  },
};
