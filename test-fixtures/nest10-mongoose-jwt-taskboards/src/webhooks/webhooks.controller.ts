import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req, Body } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import Stripe from 'stripe';
import type { Request } from 'express';
import { Public } from '../auth/public.decorator';
import { Workspace, WorkspaceDocument } from '../schemas/workspace.schema';
import { Card, CardDocument } from '../schemas/card.schema';

// expect: hardcoded-secret
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_live_FAKEtaskboards000000000000000000', { apiVersion: '2024-12-18.acacia' });

@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(
    @InjectModel(Workspace.name) private readonly workspaces: Model<WorkspaceDocument>,
    @InjectModel(Card.name) private readonly cards: Model<CardDocument>,
  ) {}

  // ok: unverified-webhook, missing-auth
  @Post('stripe')
  @HttpCode(200)
  async stripe(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.rawBody!, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestException('Invalid signature');
    }
    if (event.type === 'customer.subscription.deleted') {
      const sub = event.data.object as Stripe.Subscription;
      await this.workspaces.updateOne({ stripeCustomerId: sub.customer as string }, { plan: 'free' });
    }
    return { received: true };
  }

  // Closes cards referenced by commit messages ("fixes TB-123").
  // expect: unverified-webhook
  @Post('github')
  @HttpCode(202)
  async github(@Headers('x-github-event') eventName: string, @Body() payload: any) {
    if (eventName !== 'push') return { ignored: true };
    for (const commit of payload.commits ?? []) {
      const match = /fixes TB-([0-9a-f]{24})/i.exec(commit.message);
      if (match) await this.cards.updateOne({ _id: match[1] }, { column: 'Done' });
    }
    return { ok: true };
  }
}
