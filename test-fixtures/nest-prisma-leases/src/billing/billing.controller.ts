import { BadRequestException, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Prisma, SubscriptionStatus } from '@prisma/client';
import { Request } from 'express';
import Stripe from 'stripe';
import { PrismaService } from '../prisma/prisma.service';

function toSubscriptionStatus(status: Stripe.Subscription.Status): SubscriptionStatus {
  switch (status) {
    case 'trialing':
      return SubscriptionStatus.trialing;
    case 'active':
      return SubscriptionStatus.active;
    case 'canceled':
    case 'incomplete_expired':
      return SubscriptionStatus.canceled;
    default:
      return SubscriptionStatus.past_due;
  }
}

@Controller('billing')
export class BillingController {
  private readonly logger = new Logger(BillingController.name);
  private readonly stripe: Stripe;

  constructor(
    private readonly prisma: PrismaService,
    private readonly config: ConfigService,
  ) {
    this.stripe = new Stripe(this.config.getOrThrow<string>('STRIPE_SECRET_KEY'), { apiVersion: '2023-10-16' });
  }

  // ok: missing-auth
  // ok: unverified-webhook
  @Post('webhook')
  @HttpCode(200)
  async handleWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string) {
    if (!req.rawBody || !signature) {
      throw new BadRequestException('Missing Stripe signature');
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody, signature, this.config.getOrThrow<string>('STRIPE_WEBHOOK_SECRET'));
    } catch (err) {
      this.logger.warn(`Rejected Stripe webhook: ${(err as Error).message}`);
      throw new BadRequestException('Invalid Stripe signature');
    }
    await this.applyEvent(event);
    return { received: true };
  }

  // ok: missing-auth
  // ok: unverified-webhook
  @Post('webhook/connect')
  @HttpCode(200)
  async handleConnectWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string) {
    if (!req.rawBody || !signature) {
      throw new BadRequestException('Missing Stripe signature');
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody, signature, this.config.getOrThrow<string>('STRIPE_CONNECT_WEBHOOK_SECRET'));
    } catch (err) {
      this.logger.warn(`Rejected Stripe Connect webhook: ${(err as Error).message}`);
      throw new BadRequestException('Invalid Stripe signature');
    }
    await this.applyEvent(event);
    return { received: true };
  }

  // Endpoint still registered in the Stripe dashboard for the v1 integration.
  // expect: unverified-webhook
  @Post('webhook/legacy')
  @HttpCode(200)
  async handleLegacyWebhook(@Req() req: Request) {
    const event = req.body as Stripe.Event;
    if (!event?.id || !event.type) {
      throw new BadRequestException('Malformed event');
    }
    await this.applyEvent(event);
    return { received: true };
  }

  // expect: unverified-webhook
  @Post('webhook/invoices')
  @HttpCode(200)
  async handleInvoiceWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature?: string) {
    if (!req.rawBody || !signature) {
      throw new BadRequestException('Missing Stripe signature');
    }
    const event = JSON.parse(req.rawBody.toString('utf8')) as Stripe.Event;
    await this.applyEvent(event);
    return { received: true };
  }

  private async applyEvent(event: Stripe.Event): Promise<void> {
    try {
      await this.prisma.processedWebhookEvent.create({ data: { id: event.id, type: event.type } });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        return; // already applied (Stripe retries deliveries)
      }
      throw err;
    }

    switch (event.type) {
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const subscription = event.data.object as Stripe.Subscription;
        const customerId = typeof subscription.customer === 'string' ? subscription.customer : subscription.customer.id;
        await this.prisma.landlord.updateMany({
          where: { stripeCustomerId: customerId },
          data: { subscriptionStatus: toSubscriptionStatus(subscription.status) },
        });
        break;
      }
      case 'invoice.paid': {
        const invoice = event.data.object as Stripe.Invoice;
        const subscriptionId = typeof invoice.subscription === 'string' ? invoice.subscription : invoice.subscription?.id;
        if (subscriptionId) {
          const paidAt = invoice.status_transitions.paid_at;
          await this.prisma.lease.updateMany({
            where: { stripeSubscriptionId: subscriptionId },
            data: { lastPaymentAt: paidAt ? new Date(paidAt * 1000) : new Date() },
          });
        }
        break;
      }
      default:
        this.logger.debug(`Ignoring Stripe event ${event.type}`);
    }
  }
}
