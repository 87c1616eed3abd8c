import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser } from './current-user.decorator';
import { ForgotPasswordDto, LoginDto, ResetPasswordDto } from './dto/auth.dto';
import { Public } from './public.decorator';

const REFRESH_COOKIE = 'refresh_token';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto);
    // ok: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/api/auth',
      maxAge: 30 * 86400_000,
    });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]);
    // expect: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, path: '/api/auth', maxAge: 30 * 86400_000 });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth
  @Post('logout')
  @HttpCode(204)
  @SkipThrottle()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('forgot-password')
  @HttpCode(202)
  @Throttle({ default: { limit: 3, ttl: 15 * 60_000 } })
  async forgotPassword(@Body() dto: ForgotPasswordDto) {
    await this.auth.requestReset(dto.email);
    return { ok: true };
  }

  @Public()
  // expect: missing-rate-limit
  // ok: missing-auth, missing-input-validation
  @Post('reset-password')
  @HttpCode(204)
  @SkipThrottle()
  async resetPassword(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto);
  }

  // ok: missing-auth
  @Get('me')
  @SkipThrottle()
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
