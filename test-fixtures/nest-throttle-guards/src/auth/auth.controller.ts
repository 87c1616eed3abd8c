import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { LoginDto, OtpDto } from './dto';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.email, dto.password);
  }

  // the controller's ThrottlerGuard applies its default limit here
  // ok: missing-rate-limit
  @Post('otp/verify')
  @HttpCode(200)
  verifyOtp(@Body() dto: OtpDto) {
    return this.auth.verifyOtp(dto.challengeId, dto.code);
  }
}
