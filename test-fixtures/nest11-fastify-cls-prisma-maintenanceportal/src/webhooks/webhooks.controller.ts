import { BadRequestException, Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import Stripe from 'stripe';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Public()
@Controller('webhooks')
export class WebhooksController {
  private readonly stripe: Stripe;

  constructor(
    private readonly prisma: PrismaService,
    private readonly config: ConfigService,
  ) {
    this.stripe = new Stripe(this.config.getOrThrow('STRIPE_API_KEY'));
  }

  @HttpCode(200)
  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  async stripeEvents(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(req.rawBody!, signature, this.config.getOrThrow('STRIPE_WEBHOOK_SECRET'));
    } catch {
      throw new BadRequestException('Bad signature');
    }
    if (event.type === 'invoice.paid') {
      const paid = event.data.object as Stripe.Invoice;
      // ok: unscoped-tenant-query
      await this.prisma.invoice.updateMany({
        where: { number: paid.number ?? '' },
        data: { status: 'paid', paidAt: new Date() },
      });
    }
    await this.prisma.paymentEvent.create({ data: { id: event.id, type: event.type, payload: event as any } });
    return { received: true };
  }

  // the dispatch app posts job progress; it runs inside our VPN anyway
  @HttpCode(200)
  // expect: unverified-webhook
  @Post('dispatch')
  async dispatchStatus(@Body() payload: { workOrderId: string; status: string; costCents?: number }) {
    await this.prisma.workOrder.update({
      where: { id: payload.workOrderId },
      data: { status: payload.status, costCents: payload.costCents },
    });
    return { ok: true };
  }
}
