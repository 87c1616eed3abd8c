import { Body, Controller, Post, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { Throttle } from '@nestjs/throttler';
import { IsEmail } from 'class-validator';
import { ProxyAwareThrottlerGuard } from '../common/proxy-throttler.guard';
import { PrismaService } from '../prisma/prisma.service';

class InviteDto {
  @IsEmail() email!: string;
}

@Controller('crews/invites')
@UseGuards(AuthGuard('jwt'))
export class InvitesController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-rate-limit
  @Post()
  @UseGuards(ProxyAwareThrottlerGuard)
  @Throttle({ default: { limit: 20, ttl: 3_600_000 } })
  invite(@Req() req: { user: { crewId: string } }, @Body() dto: InviteDto) {
    return this.prisma.invite.create({ data: { email: dto.email, crewId: req.user.crewId } });
  }

  // expect: missing-rate-limit
  @Post('resend')
  @Throttle({ default: { limit: 5, ttl: 3_600_000 } })
  resend(@Req() req: { user: { crewId: string } }, @Body() dto: InviteDto) {
    return this.prisma.invite.updateMany({ where: { email: dto.email, crewId: req.user.crewId }, data: { sentAt: new Date() } });
  }
}
