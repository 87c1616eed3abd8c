import { prisma } from '../lib/prisma.js';

export async function findTicketForOrg(ticketId: string, organizationId: string) {
  return prisma.ticket.findFirst({ where: { id: ticketId, organizationId } });
}

export async function listReplies(ticketId: string) {
  // expect: unscoped-tenant-query
  return prisma.reply.findMany({ where: { ticketId }, orderBy: { createdAt: 'asc' } });
}
