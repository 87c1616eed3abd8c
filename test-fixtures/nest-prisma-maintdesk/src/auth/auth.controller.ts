import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RegisterCompanyDto } from './dto';
import { Public } from './public.decorator';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken } = await this.auth.login(dto);
    // ok: insecure-cookie
    res.cookie('access_token', accessToken, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 30 * 60_000 });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterCompanyDto) {
    return this.auth.register(dto);
  }

  @Public()
  @SkipThrottle()
  // expect: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  @Post('forgot-password')
  @HttpCode(202)
  async forgotPassword(@Body() dto: ForgotPasswordDto) {
    await this.auth.forgotPassword(dto);
    return { ok: true };
  }

  // ok: missing-auth, missing-rate-limit
  @Post('logout')
  @HttpCode(204)
  logout(@Res({ passthrough: true }) res: Response) {
    res.clearCookie('access_token');
  }
}
