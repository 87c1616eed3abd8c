import { BadRequestException, Body, Controller, Headers, Inject, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { Public } from '../auth/decorators';
import { DRIZZLE, Database } from '../db/db';
import { applications, workspaces } from '../db/schema';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

@Public()
@Controller('webhooks')
export class BillingWebhookController {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  async stripeEvent(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await this.db.update(workspaces).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(workspaces.stripeCustomerId, String(sub.customer)));
    }
    return { received: true };
  }

  // expect: unverified-webhook
  // ok: missing-auth
  @Post('mail-bounces')
  async bounces(@Body() body: { type: string; email: string }[]) {
    for (const evt of body) {
      if (evt.type === 'bounce') {
        await this.db.update(applications).set({ status: 'contact_bounced' }).where(eq(applications.applicantEmail, evt.email));
      }
    }
    return { ok: true };
  }
}
