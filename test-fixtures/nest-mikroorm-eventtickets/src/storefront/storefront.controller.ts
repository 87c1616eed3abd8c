import { randomBytes } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { BadRequestException, Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { IsEmail, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import Stripe from 'stripe';
import { Event, EventStatus, Order, Ticket, TicketType } from '../entities';
import { Public } from '../auth/decorators';

export class CheckoutDto {
  @IsUUID()
  ticketTypeId!: string;

  @IsInt()
  @Min(1)
  @Max(10)
  quantity!: number;

  @IsEmail()
  buyerEmail!: string;

  @IsString()
  @MaxLength(120)
  buyerName!: string;
}

/** What ticket buyers see: no account needed. */
@Public()
@Controller('storefront')
export class StorefrontController {
  private readonly stripe: Stripe;

  constructor(
    private readonly em: EntityManager,
    private readonly config: ConfigService,
  ) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'));
  }

  // ok: missing-auth
  @Get('events/:slug')
  async event(@Param('slug') slug: string) {
    // ok: unscoped-tenant-query
    const event = await this.em.findOne(
      Event,
      { slug, status: EventStatus.Published },
      { populate: ['ticketTypes'], fields: ['title', 'description', 'startsAt', 'venue', 'bannerPath', 'ticketTypes'] },
    );
    if (!event) throw new NotFoundException();
    return event;
  }

  // guest checkout
  // ok: missing-auth, missing-input-validation
  @Post('events/:slug/checkout')
  async checkout(@Param('slug') slug: string, @Body() dto: CheckoutDto) {
    const event = await this.em.findOneOrFail(Event, { slug, status: EventStatus.Published });
    const ticketType = await this.em.findOneOrFail(TicketType, { id: dto.ticketTypeId, event });
    if (ticketType.sold + dto.quantity > ticketType.quantity) throw new BadRequestException('Sold out');

    const order = this.em.create(Order, {
      organizerId: event.organizerId,
      event,
      buyerEmail: dto.buyerEmail,
      buyerName: dto.buyerName,
      totalCents: ticketType.priceCents * dto.quantity,
    });
    for (let i = 0; i < dto.quantity; i += 1) {
      this.em.create(Ticket, { organizerId: event.organizerId, order, ticketType, holderName: dto.buyerName, code: randomBytes(8).toString('hex') });
    }
    ticketType.sold += dto.quantity;

    const session = await this.stripe.checkout.sessions.create({
      mode: 'payment',
      customer_email: dto.buyerEmail,
      line_items: [{ quantity: dto.quantity, price_data: { currency: 'eur', unit_amount: ticketType.priceCents, product_data: { name: `${event.title} - ${ticketType.name}` } } }],
      success_url: `${this.config.get('STOREFRONT_URL')}/orders/${order.id}`,
      cancel_url: `${this.config.get('STOREFRONT_URL')}/e/${slug}`,
    });
    order.stripeSessionId = session.id;
    await this.em.persistAndFlush(order);
    return { checkoutUrl: session.url };
  }

  // the buyer lands here after paying
  // expect: missing-auth
  @Get('orders/:id')
  async receipt(@Param('id', ParseUUIDPipe) id: string) {
    const order = await this.em.findOneOrFail(Order, id, { populate: ['tickets', 'event'] });
    return {
      event: order.event.title,
      startsAt: order.event.startsAt,
      buyerName: order.buyerName,
      tickets: order.tickets.getItems().map((t) => ({ code: t.code, holderName: t.holderName })),
    };
  }
}
