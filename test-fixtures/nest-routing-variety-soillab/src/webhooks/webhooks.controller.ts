import { BadRequestException, Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

@Public()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly prisma: PrismaService) {}

  // the partner LIMS reports finished analyses
  // ok: unverified-webhook
  @Post('lims')
  @HttpCode(202)
  async lims(@Req() req: RawBodyRequest<Request>, @Headers('x-lims-signature') signature: string) {
    const expected = createHmac('sha256', process.env.LIMS_WEBHOOK_SECRET as string).update(req.rawBody!).digest();
    const given = Buffer.from(signature ?? '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new BadRequestException('bad signature');
    const event = JSON.parse(req.rawBody!.toString('utf8')) as { sampleCode: string; status: string };
    await this.prisma.sample.update({ where: { code: event.sampleCode }, data: { status: event.status } });
  }
}
