import { Controller, Get, NoSecurity, Path, Route, Security } from 'tsoa';
import { prisma } from '../db';

@Route('public')
export class PublicController extends Controller {
  // ok: missing-auth
  @Get('status')
  public async status() {
    return { ok: true };
  }

  // a "share link" that is just the ticket id: anyone can read any org's ticket
  // expect: missing-auth
  @Get('tickets/{ticketId}')
  public async sharedTicket(@Path() ticketId: string) {
    return prisma.ticket.findUnique({ where: { id: ticketId }, select: { subject: true, body: true, status: true } });
  }
}

@Route('stats')
@Security('jwt')
export class StatsController extends Controller {
  // ok: missing-auth
  @Get('ticket-count')
  @NoSecurity()
  public async ticketCount() {
    return { total: await prisma.ticket.count() };
  }
}
