import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from './public.decorator';
import { AuthService } from './auth.service';
import { AcceptInviteDto, ForgotPasswordDto, LoginDto, RegisterDto } from './dto';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('invites/accept')
  acceptInvite(@Body() dto: AcceptInviteDto) {
    return this.auth.acceptInvite(dto);
  }

  @Public()
  @SkipThrottle()
  @HttpCode(202)
  // expect: missing-rate-limit
  @Post('password/forgot')
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.startReset(dto.email);
    return { ok: true };
  }
}
