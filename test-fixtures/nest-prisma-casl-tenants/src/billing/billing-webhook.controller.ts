import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { Request } from 'express';
import { Webhook } from 'svix';
import { PrismaService } from '../prisma/prisma.service';
import { Public } from '../auth/public.decorator';

@Controller('webhooks')
export class BillingWebhookController {
  constructor(private readonly prisma: PrismaService) {}

  @Public()
  // ok: missing-auth, unverified-webhook
  @Post('billing')
  @HttpCode(204)
  async billing(@Req() req: RawBodyRequest<Request>, @Headers() headers: Record<string, string>) {
    let event: { type: string; data: { invoiceNumber: string } };
    try {
      event = new Webhook(process.env.BILLING_WEBHOOK_SECRET!).verify(req.rawBody!.toString('utf8'), {
        'svix-id': headers['svix-id'],
        'svix-timestamp': headers['svix-timestamp'],
        'svix-signature': headers['svix-signature'],
      }) as typeof event;
    } catch {
      throw new BadRequestException('invalid signature');
    }
    if (event.type === 'invoice.paid') {
      // ok: unscoped-tenant-query
      await this.prisma.invoice.update({ where: { number: event.data.invoiceNumber }, data: { paidAt: new Date() } });
    }
  }
}
