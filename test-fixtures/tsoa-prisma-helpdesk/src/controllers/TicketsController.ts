import { Body, Controller, Delete, Get, Patch, Path, Post, Request, Route, Security, SuccessResponse, Tags } from 'tsoa';
import type { Request as ExpressRequest } from 'express';
import { prisma } from '../db';
import type { AuthUser } from '../authentication';
import { CreateTicketParams, openTicket, ticketsForOrg } from '../services/tickets';

type AuthedRequest = ExpressRequest & { user: AuthUser };

@Route('tickets')
@Tags('Tickets')
@Security('jwt')
export class TicketsController extends Controller {
  // ok: missing-auth
  @Get()
  public async list(@Request() req: AuthedRequest) {
    return ticketsForOrg(req.user.orgId);
  }

  @Get('{ticketId}')
  public async one(@Path() ticketId: string) {
    // expect: unscoped-tenant-query
    return prisma.ticket.findUnique({ where: { id: ticketId } });
  }

  // ok: missing-input-validation
  @Post()
  @SuccessResponse('201', 'Created')
  public async create(@Request() req: AuthedRequest, @Body() body: CreateTicketParams) {
    this.setStatus(201);
    return openTicket(req.user.orgId, body);
  }

  // expect: missing-input-validation
  @Patch('{ticketId}')
  public async update(@Request() req: AuthedRequest, @Path() ticketId: string, @Body() changes: any) {
    // ok: unscoped-tenant-query
    await prisma.ticket.updateMany({ where: { id: ticketId, orgId: req.user.orgId }, data: changes });
    return { ok: true };
  }

  // ok: missing-role-check
  @Delete('{ticketId}')
  @Security('jwt', ['admin'])
  public async remove(@Request() req: AuthedRequest, @Path() ticketId: string) {
    // ok: unscoped-tenant-query
    await prisma.ticket.deleteMany({ where: { id: ticketId, orgId: req.user.orgId } });
  }
}
