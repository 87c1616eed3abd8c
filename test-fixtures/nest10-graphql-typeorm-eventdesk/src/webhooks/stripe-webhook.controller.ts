import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import Stripe from 'stripe';
import { Repository } from 'typeorm';
import { Event } from '../entities/event.entity';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

@Controller('webhooks')
export class StripeWebhookController {
  constructor(@InjectRepository(Event) private readonly events: Repository<Event>) {}

  // ok: unverified-webhook, missing-auth
  @Post('stripe')
  @HttpCode(200)
  async handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'checkout.session.completed') {
      const session = event.data.object as Stripe.Checkout.Session;
      await this.events.update({ id: session.metadata!.eventId }, { published: true });
    }
    return { received: true };
  }
}
