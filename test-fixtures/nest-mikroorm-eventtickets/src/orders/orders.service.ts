import { EntityManager, EntityRepository } from '@mikro-orm/postgresql';
import { InjectRepository } from '@mikro-orm/nestjs';
import { Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Stripe from 'stripe';
import { Order, OrderStatus, Ticket } from '../entities';

@Injectable()
export class OrdersService {
  private readonly logger = new Logger(OrdersService.name);
  private readonly stripe: Stripe;

  constructor(
    private readonly em: EntityManager,
    @InjectRepository(Order) private readonly orders: EntityRepository<Order>,
    config: ConfigService,
  ) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'));
  }

  list(organizerId: string, eventId?: string) {
    // ok: unscoped-tenant-query
    return this.orders.find(
      { organizerId, ...(eventId ? { event: eventId } : {}) },
      { populate: ['event'], orderBy: { createdAt: 'desc' }, limit: 200 },
    );
  }

  async findForOrganizer(organizerId: string, id: string) {
    // ok: unscoped-tenant-query
    const order = await this.orders.findOne({ id, organizerId }, { populate: ['tickets', 'event'] });
    if (!order) throw new NotFoundException('Order not found');
    return order;
  }

  async refund(orderId: string) {
    // expect: unscoped-tenant-query
    const order = await this.em.findOneOrFail(Order, orderId);
    if (order.status !== OrderStatus.Paid || !order.stripePaymentIntentId) return order;
    try {
      await this.stripe.refunds.create({ payment_intent: order.stripePaymentIntentId });
    } catch (err) {
      this.logger.error(`refund failed for ${order.id}`, (err as Error).stack);
      // expect: error-details-leak
      throw new InternalServerErrorException(`Refund failed: ${(err as Error).message}`);
    }
    order.status = OrderStatus.Refunded;
    await this.em.flush();
    return order;
  }

  async setNote(organizerId: string, id: string, note: string) {
    // ok: unscoped-tenant-query
    const order = await this.em.findOne(Order, { id, organizerId });
    if (!order) throw new NotFoundException('Order not found');
    order.internalNote = note;
    await this.em.flush();
    return order;
  }

  async voidTicket(orderId: string, ticketId: string) {
    // expect: unscoped-tenant-query
    const removed = await this.em.nativeDelete(Ticket, { id: ticketId, order: orderId });
    if (!removed) throw new NotFoundException('Ticket not found');
  }

  /** Rows for the CSV export of one event's orders. */
  exportRows(organizerId: string, eventId: string) {
    // ok: unscoped-tenant-query
    return this.em
      .createQueryBuilder(Order, 'o')
      .select(['o.id', 'o.buyerName', 'o.buyerEmail', 'o.totalCents', 'o.status', 'o.createdAt'])
      .where({ event: eventId })
      .andWhere({ organizerId })
      .orderBy({ createdAt: 'asc' })
      .getResultList();
  }
}
