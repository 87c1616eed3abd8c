import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import Stripe from 'stripe';
import { Repository } from 'typeorm';
import { Payout } from '../entities';
import { Public } from '../auth/decorators';

@Controller('webhooks')
export class StripeWebhookController {
  private readonly stripe: Stripe;

  constructor(
    private readonly config: ConfigService,
    @InjectRepository(Payout) private readonly payouts: Repository<Payout>,
  ) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'), { apiVersion: '2024-04-10' });
  }

  @Public()
  @HttpCode(200)
  // ok: missing-auth, unverified-webhook, missing-input-validation
  @Post('stripe')
  async stripeEvent(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, this.config.getOrThrow('STRIPE_WEBHOOK_SECRET'));
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'payout.paid') {
      const payout = event.data.object as Stripe.Payout;
      // ok: unscoped-tenant-query
      await this.payouts.update({ externalRef: payout.id }, { status: 'paid' });
    }
    return { received: true };
  }

  // The payout provider signs the body with a shared secret (hex HMAC in x-payout-signature).
  @Public()
  @HttpCode(200)
  // expect: unverified-webhook
  @Post('payout-provider')
  async payoutProvider(@Req() req: RawBodyRequest<Request>, @Headers('x-payout-signature') signature: string) {
    const { createHmac } = await import('crypto');
    const expected = createHmac('sha256', this.config.getOrThrow('PAYOUT_PROVIDER_SECRET')).update(req.rawBody!).digest('hex');
    if (expected !== signature) throw new BadRequestException('bad signature');
    const body = JSON.parse(req.rawBody!.toString('utf8'));
    // ok: unscoped-tenant-query
    await this.payouts.update({ externalRef: body.reference }, { status: body.status });
    return { ok: true };
  }
}
