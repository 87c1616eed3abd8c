import { PrismaClient } from '@prisma/client';

export class TicketService {
  public tickets = new PrismaClient().ticket;

  public async findMine(userId: number) {
    return this.tickets.findMany({ where: { userId }, include: { event: true } });
  }

  public async findById(ticketId: number) {
    // expect: unscoped-tenant-query
    return this.tickets.findUnique({ where: { id: ticketId } });
  }

  public async book(userId: number, eventId: number, seat: string) {
    return this.tickets.create({ data: { userId, eventId, seat } });
  }

  public async cancel(ticketId: number, userId: number) {
    // ok: unscoped-tenant-query
    return this.tickets.deleteMany({ where: { id: ticketId, userId } });
  }
}
