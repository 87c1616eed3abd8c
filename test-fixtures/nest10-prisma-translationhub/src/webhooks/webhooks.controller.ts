import { BadRequestException, Body, Controller, Headers, HttpCode, Inject, Post, RawBodyRequest, Req } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Request } from 'express';
import Stripe from 'stripe';
import { PrismaService } from '../prisma/prisma.service';
import { Public } from '../common/decorators';
import { STRIPE } from '../billing/stripe.provider';

interface MtCallback {
  jobRef: string;
  state: 'done' | 'failed';
  wordCount?: number;
}

@Controller('webhooks')
@Public()
@SkipThrottle()
export class WebhooksController {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(STRIPE) private readonly stripe: Stripe,
  ) {}

  // ok: unverified-webhook, missing-auth
  @Post('stripe')
  @HttpCode(200)
  async stripeEvents(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('invalid signature');
    }
    if (event.type === 'invoice.paid') {
      const invoice = event.data.object as Stripe.Invoice;
      await this.prisma.invoice.updateMany({ where: { stripeId: invoice.id }, data: { status: 'paid' } });
    }
    return { received: true };
  }

  // expect: unverified-webhook
  @Post('mt-engine')
  @HttpCode(204)
  async machineTranslationDone(@Body() payload: MtCallback) {
    await this.prisma.translationJob.update({
      where: { mtJobRef: payload.jobRef },
      data: { status: payload.state === 'done' ? 'mt_done' : 'mt_failed' },
    });
  }
}
