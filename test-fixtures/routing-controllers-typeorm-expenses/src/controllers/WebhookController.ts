import { JsonController, Post, Req, Body, HeaderParam, BadRequestError } from 'routing-controllers';
import type { Request } from 'express';
import Stripe from 'stripe';
import { AppDataSource } from '../data-source';
import { Expense } from '../entities/Expense';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

@JsonController('/webhooks')
export class WebhookController {
  // ok: unverified-webhook, missing-auth
  @Post('/stripe')
  async stripe(@Req() req: Request, @HeaderParam('stripe-signature') signature: string) {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.body, signature, process.env.STRIPE_WEBHOOK_SECRET!);
    } catch {
      throw new BadRequestError('bad signature');
    }
    if (event.type === 'payout.paid') {
      const payout = event.data.object as Stripe.Payout;
      await AppDataSource.getRepository(Expense).update({ id: payout.metadata.expenseId }, { status: 'approved' });
    }
    return { received: true };
  }

  // expect: unverified-webhook
  @Post('/payroll')
  async payroll(@Body() event: any) {
    if (event.type === 'reimbursement.settled') {
      await AppDataSource.getRepository(Expense).update({ id: event.expenseId }, { status: 'approved' });
    }
    return { received: true };
  }
}
