import { BadRequestException, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { createHmac } from 'node:crypto';
import Stripe from 'stripe';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Public()
@Controller('webhooks')
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);
  private readonly stripe: Stripe;

  constructor(
    private readonly prisma: PrismaService,
    private readonly config: ConfigService,
  ) {
    // expect: hardcoded-secret
    this.stripe = new Stripe(this.config.get<string>('STRIPE_SECRET_KEY') ?? 'sk_test_FAKEpayroll0stripe0secret00');
  }

  // ok: unverified-webhook, missing-auth
  @Post('stripe')
  @HttpCode(200)
  async stripeEvent(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, this.config.getOrThrow('STRIPE_WEBHOOK_SECRET'));
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    await this.prisma.bankEvent.create({ data: { externalId: event.id, type: event.type, payload: event as any } });
    return { received: true };
  }

  // the payout provider confirms salary transfers
  // expect: unverified-webhook
  // ok: missing-auth
  @Post('payouts')
  @HttpCode(200)
  async payoutEvent(@Req() req: RawBodyRequest<Request>, @Headers('x-payouts-signature') signature: string) {
    const expected = createHmac('sha256', this.config.getOrThrow<string>('PAYOUTS_WEBHOOK_SECRET'))
      .update(req.rawBody!)
      .digest('hex');
    if (signature !== expected) throw new BadRequestException('Invalid signature');
    const body = req.body as { id: string; type: string; data: { payRunId: string } };
    // ok: token-logging
    this.logger.log(`payout event ${body.type} for run ${body.data.payRunId}`);
    await this.prisma.bankEvent.create({ data: { externalId: body.id, type: body.type, payload: body } });
    if (body.type === 'payout.completed') {
      // ok: unscoped-tenant-query
      await this.prisma.payRun.update({ where: { id: body.data.payRunId }, data: { status: 'paid' } });
    }
    return { ok: true };
  }
}
