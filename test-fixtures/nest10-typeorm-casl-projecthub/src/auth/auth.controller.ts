import { Body, Controller, HttpCode, Post, UseGuards, ValidationPipe } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from './public.decorator';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RegisterDto } from './dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  @HttpCode(200)
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  login(@Body(new ValidationPipe({ whitelist: true })) dto: LoginDto) {
    return this.auth.login(dto.email, dto.password);
  }

  @Public()
  // expect: missing-rate-limit
  @Post('register')
  register(@Body(new ValidationPipe({ whitelist: true })) dto: RegisterDto) {
    return this.auth.register(dto.email, dto.password, dto.workspaceName);
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  // ok: missing-rate-limit, missing-auth
  @Post('forgot-password')
  async forgot(@Body(new ValidationPipe()) dto: ForgotPasswordDto) {
    await this.auth.startPasswordReset(dto.email);
    return { ok: true };
  }
}
