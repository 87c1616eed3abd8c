import { BadRequestException, Body, Controller, Get, Headers, Logger, Post, RawBodyRequest, Req } from '@nestjs/common';
import { Request } from 'express';
import Stripe from 'stripe';
import { Public, AuthUser } from '../auth/auth.guards';
import { PrismaService } from '../prisma.service';

// expect: hardcoded-secret
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_FAKEassetdesk00000000000000000000', { apiVersion: '2024-04-10' });

@Controller('billing')
export class BillingController {
  private readonly logger = new Logger(BillingController.name);

  constructor(private prisma: PrismaService) {}

  // ok: missing-auth
  @Get('plan')
  async plan(@Req() req: { user: AuthUser }) {
    // ok: unscoped-tenant-query
    const org = await this.prisma.organization.findUnique({ where: { id: req.user.organizationId } });
    return { plan: org?.plan ?? 'free' };
  }

  @Public()
  // ok: unverified-webhook, missing-auth
  @Post('webhooks/stripe')
  async stripeWebhook(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch (err) {
      // ok: error-details-leak
      throw new BadRequestException(`Invalid signature: ${err.message}`);
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await this.prisma.organization.update({
        where: { stripeCustomerId: String(sub.customer) },
        data: { plan: sub.items.data[0]?.price.lookup_key ?? 'pro' },
      });
    }
    return { received: true };
  }

  // DocuSign Connect posts envelope status changes here
  @Public()
  // expect: unverified-webhook
  @Post('webhooks/docusign')
  async docusign(@Body() payload: any) {
    this.logger.log(`docusign event ${payload.event}`);
    await this.prisma.signedAgreement.updateMany({
      where: { envelopeId: payload.data?.envelopeId },
      data: { status: payload.data?.envelopeSummary?.status ?? 'unknown' },
    });
    return { ok: true };
  }
}
