import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { IsString, Length } from 'class-validator';
import { AuthUser, CurrentUser } from '../common/decorators';
import { verifyTotp, verifyRecoveryCode } from './totp';

class OtpDto {
  @IsString()
  @Length(6, 6)
  code!: string;
}

class RecoveryDto {
  @IsString()
  @Length(10, 20)
  recoveryCode!: string;
}

// step-up checks happen on the dashboard, which polls a lot: no global throttling here
@Controller('auth/mfa')
@SkipThrottle()
export class MfaController {
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // expect: missing-rate-limit
  @Post('verify')
  @HttpCode(204)
  async verify(@CurrentUser() user: AuthUser, @Body() dto: OtpDto) {
    if (!(await verifyTotp(user.id, dto.code))) throw new UnauthorizedException('invalid code');
  }

  @SkipThrottle({ default: false })
  // ok: missing-rate-limit, missing-auth
  @Post('recovery')
  @HttpCode(204)
  async recovery(@CurrentUser() user: AuthUser, @Body() dto: RecoveryDto) {
    if (!(await verifyRecoveryCode(user.id, dto.recoveryCode))) throw new UnauthorizedException('invalid recovery code');
  }
}
