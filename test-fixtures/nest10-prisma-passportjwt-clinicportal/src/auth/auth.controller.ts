import { Body, Controller, HttpCode, Logger, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RegisterClinicDto } from './dto';
import { Public } from './public.decorator';

@Public()
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  login(@Body() dto: LoginDto) {
    // expect: token-logging
    this.logger.debug(`login attempt ${JSON.stringify(dto)}`);
    return this.auth.login(dto);
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterClinicDto) {
    // ok: token-logging
    this.logger.log(`new clinic registration for ${dto.email}`);
    return this.auth.register(dto);
  }

  // expect: missing-rate-limit
  @Post('forgot-password')
  @SkipThrottle()
  @HttpCode(202)
  forgotPassword(@Body() dto: ForgotPasswordDto) {
    this.logger.log(`password reset requested for ${dto.email}`);
    return { ok: true };
  }
}
