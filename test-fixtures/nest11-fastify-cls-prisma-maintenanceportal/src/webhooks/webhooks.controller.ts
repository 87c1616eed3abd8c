import { BadRequestException, Body, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import { createHmac, timingSafeEqual } from 'node:crypto';
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

  // inbound SMS from residents ("boiler broken, flat 4B"), signed by the SMS provider
  @HttpCode(204)
  // ok: missing-auth, unverified-webhook
  @Post('sms')
  async inboundSms(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('x-sms-signature') signature = '') {
    const expected = createHmac('sha256', this.config.getOrThrow<string>('SMS_WEBHOOK_SECRET')).update(req.rawBody!).digest();
    const given = Buffer.from(signature, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new BadRequestException('Bad signature');
    }
    const sms = JSON.parse(req.rawBody!.toString('utf8')) as { from: string; text: string; unitCode: string };
    // ok: unscoped-tenant-query
    const unit = await this.prisma.unit.findFirst({ where: { label: sms.unitCode } });
    if (!unit) return;
    await this.prisma.tenantRequest.create({
      data: { orgId: unit.orgId, unitId: unit.id, contactName: sms.from, contactInfo: sms.from, message: sms.text.slice(0, 2000) },
    });
  }

  // contractor invoicing tool posts approved invoices
  @HttpCode(200)
  // expect: unverified-webhook
  @Post('invoicing')
  async invoicingEvents(@Req() req: RawBodyRequest<FastifyRequest>, @Headers('x-invoicing-signature') signature: string) {
    const digest = createHmac('sha256', this.config.getOrThrow<string>('INVOICING_WEBHOOK_SECRET')).update(req.rawBody!).digest('hex');
    if (digest !== signature) throw new BadRequestException('Bad signature');
    const event = JSON.parse(req.rawBody!.toString('utf8')) as { invoiceNumber: string; amountCents: number };
    // ok: unscoped-tenant-query
    await this.prisma.invoice.updateMany({ where: { number: event.invoiceNumber }, data: { amountCents: event.amountCents, status: 'approved' } });
    return { ok: true };
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
