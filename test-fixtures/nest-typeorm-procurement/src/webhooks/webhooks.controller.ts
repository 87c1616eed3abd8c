import { BadRequestException, Body, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Request } from 'express';
import Stripe from 'stripe';
import { Repository } from 'typeorm';
import { Public } from '../auth/decorators';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { Company } from '../entities/company.entity';
import { appConfig } from '../common/config';

const stripe = new Stripe(appConfig.stripeSecretKey, { apiVersion: '2023-10-16' });

@Controller('webhooks')
@Public()
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  constructor(
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
  ) {}

  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  @HttpCode(200)
  async stripe(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, appConfig.stripeWebhookSecret);
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      // ok: unscoped-tenant-query
      await this.companies.update({ id: sub.metadata.companyId }, { plan: sub.items.data[0]?.price.lookup_key ?? 'starter' });
    }
    // ok: token-logging
    this.logger.log(`stripe event ${event.id} (${event.type}) processed`);
    return { received: true };
  }

  // expect: unverified-webhook
  @Post('bank-payments')
  @HttpCode(200)
  async bankPayment(@Body() payload: { event: string; reference: string; paidAt: string }) {
    this.logger.log(`bank event ${payload.event} for ${payload.reference}`);
    if (payload.event === 'payment.settled') {
      // ok: unscoped-tenant-query
      await this.orders.update({ number: payload.reference }, { status: 'paid' });
    }
    return { received: true };
  }
}
