import { Body, Controller, HttpCode, Logger, Post, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from './public.decorator';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './dto';

@Public()
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    // expect: token-logging
    this.logger.log(`login attempt ${JSON.stringify(dto)}`);
    const tokens = await this.auth.login(dto);
    // ok: insecure-cookie
    res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
    return { accessToken: tokens.accessToken };
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  async register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  // ok: missing-auth, missing-rate-limit
  @Post('forgot-password')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.startReset(dto.email);
    return { ok: true };
  }

  // expect: missing-rate-limit
  @Post('reset-password')
  @SkipThrottle()
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.finishReset(dto.token, dto.password);
  }
}
