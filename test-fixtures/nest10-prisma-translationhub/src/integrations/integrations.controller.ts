import {
  BadRequestException,
  Body,
  Controller,
  Headers,
  HttpCode,
  HttpException,
  HttpStatus,
  Logger,
  Post,
  Req,
  RawBodyRequest,
  UnauthorizedException,
} from '@nestjs/common';
import { Request } from 'express';
import { Webhook } from 'svix';
import { IsString } from 'class-validator';
import * as bcrypt from 'bcrypt';
import { PrismaService } from '../prisma/prisma.service';
import { AuthUser, CurrentUser, Public } from '../common/decorators';

class CatConnectDto {
  @IsString()
  serverUrl!: string;
}

@Controller('integrations')
export class IntegrationsController {
  private readonly logger = new Logger(IntegrationsController.name);

  constructor(private readonly prisma: PrismaService) {}

  @Public()
  // ok: unverified-webhook, missing-auth
  @Post('webhooks/mailer')
  @HttpCode(204)
  async mailerEvents(@Req() req: RawBodyRequest<Request>, @Headers() headers: Record<string, string>) {
    const wh = new Webhook(process.env.MAILER_WEBHOOK_SECRET!);
    let event: { type: string; data: { email: string } };
    try {
      event = wh.verify(req.rawBody!.toString('utf8'), headers) as typeof event;
    } catch {
      throw new BadRequestException('bad signature');
    }
    if (event.type === 'email.bounced') {
      await this.prisma.user.updateMany({ where: { email: event.data.email }, data: { languages: [] } });
    }
  }

  @Public()
  // ok: missing-auth
  @Post('cat-tool/session')
  async catToolSession(@Headers('x-cat-key-id') keyId: string, @Headers('x-cat-key-secret') secret: string, @Req() req: Request) {
    // expect: token-logging
    this.logger.debug({ msg: 'cat tool session requested', headers: req.headers });
    const user = await this.prisma.user.findUnique({ where: { id: keyId } });
    if (!user || !(await bcrypt.compare(secret, user.passwordHash))) throw new UnauthorizedException();
    return { ok: true };
  }

  // ok: missing-input-validation
  @Post('cat-tool/connect')
  async connect(@CurrentUser() user: AuthUser, @Body() dto: CatConnectDto) {
    try {
      const res = await fetch(`${dto.serverUrl}/api/ping`);
      if (!res.ok) throw new Error(`CAT server answered ${res.status}`);
      return { connected: true, orgId: user.orgId };
    } catch (err) {
      // expect: error-details-leak
      throw new HttpException({ message: (err as Error).message }, HttpStatus.BAD_GATEWAY);
    }
  }
}
