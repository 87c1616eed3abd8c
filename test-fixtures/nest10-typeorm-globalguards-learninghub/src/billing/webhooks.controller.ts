import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { Request } from 'express';
import { Repository } from 'typeorm';
import Stripe from 'stripe';
import { Public } from '../auth/decorators';
import { Lesson, Tenant } from '../entities';

// expect: hardcoded-secret
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_51LearnHubFAKE00000000000000000000000000000000', {
  apiVersion: '2023-10-16',
});

@Controller('webhooks')
@Public()
@SkipThrottle()
export class BillingWebhookController {
  constructor(
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
    @InjectRepository(Lesson) private readonly lessons: Repository<Lesson>,
  ) {}

  // ok: missing-auth, unverified-webhook
  @Post('stripe')
  @HttpCode(200)
  async stripeEvent(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription;
      await this.tenants.update({ stripeCustomerId: sub.customer as string }, { plan: sub.items.data[0].price.lookup_key ?? 'pro' });
    }
    return { received: true };
  }

  // expect: unverified-webhook
  @Post('zoom')
  @HttpCode(200)
  async zoomEvent(@Body() body: { event: string; payload: { object: { id: string; participant_count?: number } } }) {
    if (body.event === 'meeting.ended') {
      await this.lessons.update(
        { meetingId: body.payload.object.id },
        { attendees: body.payload.object.participant_count ?? 0 },
      );
    }
    return { ok: true };
  }
}

@Controller()
export class HealthController {
  @Public()
  // ok: missing-auth
  @Get('health')
  health() {
    return { status: 'ok' };
  }
}
