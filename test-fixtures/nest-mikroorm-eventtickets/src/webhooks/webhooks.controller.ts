import { EntityManager } from '@mikro-orm/postgresql';
import { BadRequestException, Body, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import Stripe from 'stripe';
import { Webhook } from 'svix';
import { Order, OrderStatus, Ticket } from '../entities';
import { Public } from '../auth/decorators';

interface BoxOfficeSale {
  type: 'sale.created' | 'sale.voided';
  externalOrderId: string;
  orderId: string;
  seats: number;
}

@Public()
@Controller('webhooks')
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);
  private readonly stripe: Stripe;

  constructor(
    private readonly em: EntityManager,
    private readonly config: ConfigService,
  ) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'));
  }

  // ok: unverified-webhook, missing-auth
  @Post('stripe')
  @HttpCode(200)
  async stripeEvents(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, this.config.getOrThrow('STRIPE_WEBHOOK_SECRET'));
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object;
      // ok: unscoped-tenant-query
      const order = await this.em.findOne(Order, { stripeSessionId: session.id });
      if (order && order.status === OrderStatus.Pending) {
        order.status = OrderStatus.Paid;
        order.stripePaymentIntentId = session.payment_intent as string;
        await this.em.flush();
      }
    }
    return { received: true };
  }

  // transactional mail provider: bounces and complaints
  // ok: unverified-webhook, missing-auth
  @Post('email-events')
  @HttpCode(204)
  async emailEvents(@Req() req: RawBodyRequest<Request>, @Headers() headers: Record<string, string>) {
    const wh = new Webhook(this.config.getOrThrow('EMAIL_WEBHOOK_SECRET'));
    const payload = wh.verify(req.rawBody!.toString('utf8'), headers) as { type: string; data: { email: string } };
    if (payload.type === 'email.bounced') {
      await this.em.nativeUpdate(Order, { buyerEmail: payload.data.email, status: OrderStatus.Pending }, { internalNote: 'email bounced' });
    }
  }

  // the venue's box office system pushes door sales so capacity stays right
  // expect: unverified-webhook
  @Post('box-office')
  @HttpCode(204)
  async boxOffice(@Req() req: Request, @Body() sale: BoxOfficeSale) {
    // expect: token-logging
    this.logger.verbose(`box office push ${sale.type}`, JSON.stringify(req.headers));
    if (sale.type === 'sale.voided') {
      await this.em.nativeDelete(Ticket, { order: sale.orderId });
    }
  }
}
