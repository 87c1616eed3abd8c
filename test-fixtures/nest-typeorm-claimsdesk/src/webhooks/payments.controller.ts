import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHmac, timingSafeEqual } from 'crypto';
import type { Request } from 'express';
import { Public } from '../auth/public.decorator';
import { Payout } from '../claims/payout.entity';

@Controller('webhooks')
export class PaymentsWebhookController {
  constructor(@InjectRepository(Payout) private readonly payouts: Repository<Payout>) {}

  // ok: unverified-webhook, missing-auth
  @Public()
  @Post('payouts')
  @HttpCode(200)
  async payoutStatus(@Req() req: RawBodyRequest<Request>, @Headers('x-payments-signature') signature: string) {
    const expected = createHmac('sha256', process.env.PAYMENTS_WEBHOOK_SECRET!).update(req.rawBody!).digest();
    const given = Buffer.from(signature ?? '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthorizedException();
    const event = JSON.parse(req.rawBody!.toString('utf8')) as { payoutRef: string; status: string };
    // ok: unscoped-tenant-query
    await this.payouts.update({ providerRef: event.payoutRef }, { status: event.status });
    return { received: true };
  }
}
