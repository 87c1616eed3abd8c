import { BadRequestException, Controller, Headers, HttpCode, Inject, Module, Post, RawBodyRequest, Req, Body } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHmac } from 'crypto';
import { Request } from 'express';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { instruments, organizations } from '../db/schema';
import { Public } from '../auth/decorators';

@Public()
@Controller('webhooks')
export class WebhooksController {
  private readonly stripe: Stripe;

  constructor(@Inject(DRIZZLE) private readonly db: Database, private readonly config: ConfigService) {
    this.stripe = new Stripe(config.getOrThrow<string>('STRIPE_SECRET_KEY'), { apiVersion: '2023-10-16' });
  }

  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  @HttpCode(200)
  async stripeEvent(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, this.config.getOrThrow('STRIPE_WEBHOOK_SECRET'));
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await this.db.update(organizations).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(organizations.stripeCustomerId, String(sub.customer)));
    }
    return { received: true };
  }

  // ok: missing-auth
  // expect: unverified-webhook
  @Post('telemetry')
  @HttpCode(204)
  async telemetry(@Req() req: RawBodyRequest<Request>, @Headers('x-telemetry-signature') signature: string, @Body() body: { instrumentId: string; status: string }) {
    const expected = createHmac('sha256', this.config.getOrThrow<string>('TELEMETRY_SECRET')).update(req.rawBody!).digest('hex');
    if (expected !== signature) throw new BadRequestException('bad signature');
    await this.db.update(instruments).set({ status: body.status }).where(eq(instruments.id, body.instrumentId));
  }
}

@Module({ controllers: [WebhooksController] })
export class WebhooksModule {}
