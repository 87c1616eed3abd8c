import { prisma } from '../db';

export interface CreateTicketParams {
  subject: string;
  body: string;
}

export function ticketsForOrg(orgId: string) {
  return prisma.ticket.findMany({ where: { orgId }, orderBy: { createdAt: 'desc' } });
}

export function openTicket(orgId: string, params: CreateTicketParams) {
  return prisma.ticket.create({ data: { ...params, orgId } });
}
