import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { ResetRequestDto } from './dto';

@Controller('password')
export class PasswordController {
  constructor(private readonly auth: AuthService) {}

  // @Throttle() only configures a limit: no ThrottlerGuard runs for this controller
  // expect: missing-rate-limit
  @Post('reset')
  @HttpCode(202)
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  async requestReset(@Body() dto: ResetRequestDto) {
    await this.auth.requestReset(dto.email);
  }
}
