import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Event, Order, Role } from '../entities';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query('eventId') eventId?: string) {
    return this.orders.list(user.organizerId, eventId);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.orders.findForOrganizer(user.organizerId, id);
  }

  @Roles(Role.Owner, Role.Manager)
  @Post(':id/refund')
  refund(@Param('id', ParseUUIDPipe) id: string) {
    return this.orders.refund(id);
  }

  // expect: missing-input-validation
  @Patch(':id/note')
  setNote(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: { note: string }) {
    return this.orders.setNote(user.organizerId, id, body.note);
  }

  @Roles(Role.Owner, Role.Manager)
  @Delete(':orderId/tickets/:ticketId')
  @HttpCode(204)
  voidTicket(@Param('orderId', ParseUUIDPipe) orderId: string, @Param('ticketId', ParseUUIDPipe) ticketId: string) {
    return this.orders.voidTicket(orderId, ticketId);
  }
}

/** Organizer back office: numbers for owners and managers. */
@Controller('manage/reports')
@Roles(Role.Owner, Role.Manager)
export class ReportsController {
  constructor(
    private readonly orders: OrdersService,
    private readonly em: EntityManager,
  ) {}

  // ok: missing-role-check
  @Get('sales')
  async sales(@CurrentUser() user: AuthUser, @Query('eventId', ParseUUIDPipe) eventId: string) {
    // ok: unscoped-tenant-query
    const event = await this.em.findOneOrFail(Event, { id: eventId, organizerId: user.organizerId });
    // ok: unscoped-tenant-query
    return this.em
      .createQueryBuilder(Order, 'o')
      .select(['o.status', 'count(o.id) as orders', 'sum(o.total_cents) as revenue_cents'])
      .where({ event: event.id })
      .groupBy('o.status')
      .execute();
  }

  // ok: missing-role-check
  @Get('sales-by-day')
  salesByDay(@Query('eventId', ParseUUIDPipe) eventId: string) {
    // expect: unscoped-tenant-query
    const qb = this.em.createQueryBuilder(Order, 'o');
    qb.select(['date(o.created_at) as day', 'sum(o.total_cents) as revenue_cents'])
      .where({ event: eventId, status: 'paid' })
      .groupBy('day')
      .orderBy({ day: 'asc' });
    return qb.execute();
  }

  // the dashboard's organizer switcher sends the selected organizer
  // ok: missing-role-check
  @Get('events')
  events(@Headers('x-organizer-id') organizerId: string) {
    // expect: unscoped-tenant-query
    return this.em.find(Event, { organizerId }, { orderBy: { startsAt: 'desc' }, fields: ['id', 'title', 'startsAt', 'status'] });
  }

  // expect: missing-rate-limit
  @Get('orders.csv')
  @Header('Content-Type', 'text/csv')
  async exportCsv(@CurrentUser() user: AuthUser, @Query('eventId', ParseUUIDPipe) eventId: string) {
    const rows = await this.orders.exportRows(user.organizerId, eventId);
    const lines = rows.map((o) => [o.id, o.buyerName, o.buyerEmail, o.totalCents / 100, o.status].join(','));
    return ['id,name,email,total,status', ...lines].join('\n');
  }
}
