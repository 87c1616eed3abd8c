import { createHmac } from 'node:crypto';
import { BadRequestException, Body, Controller, Headers, HttpCode, Logger, Post, RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import Stripe from 'stripe';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

@Controller('webhooks')
@Public()
export class WebhooksController {
  private readonly logger = new Logger(WebhooksController.name);

  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  @HttpCode(200)
  async stripe(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object;
      await this.prisma.billingAccount.update({
        where: { stripeCustomerId: String(sub.customer) },
        data: { plan: sub.items.data[0]?.price.lookup_key ?? 'starter' },
      });
    }
    return { received: true };
  }

  // expect: unverified-webhook
  // ok: missing-auth
  @Post('vendor-portal')
  @HttpCode(204)
  async vendorPortal(@Headers('x-vendor-signature') signature: string, @Body() payload: { workOrderId: string; status: string }) {
    const expected = createHmac('sha256', process.env.VENDOR_PORTAL_SECRET!).update(JSON.stringify(payload)).digest('hex');
    if (signature !== expected) throw new UnauthorizedException();
    this.logger.log(`vendor update for ${payload.workOrderId}`);
    await this.prisma.workOrder.update({ where: { id: payload.workOrderId }, data: { status: payload.status } });
  }
}
