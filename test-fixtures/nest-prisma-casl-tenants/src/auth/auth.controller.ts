import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from './public.decorator';
import { AuthService } from './auth.service';
import { ExchangeKeyDto, ForgotPasswordDto, LoginDto, RegisterDto } from './auth.dto';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('forgot-password')
  @HttpCode(202)
  forgotPassword(@Body() dto: ForgotPasswordDto) {
    return this.auth.forgotPassword(dto.email);
  }

  @Public()
  @SkipThrottle()
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  // a machine client trades its key and secret for a token: public by what it does (it signs the client in)
  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('keys/:keyId/exchange')
  @HttpCode(200)
  exchangeKey(@Param('keyId') keyId: string, @Body() dto: ExchangeKeyDto) {
    return this.auth.exchangeKey(keyId, dto);
  }
}
