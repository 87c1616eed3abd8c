import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { ForgotPasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './auth.dto';
import { AuthUser, CurrentUser, Public } from '../common/decorators';

const REFRESH_COOKIE = 'th_refresh';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto);
    // expect: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, sameSite: 'lax', path: '/api/auth' });
    return { accessToken };
  }

  @Public()
  @Throttle({ default: { limit: 3, ttl: 3_600_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  async register(@Body() dto: RegisterDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.register(dto);
    // ok: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.requestReset(dto.email);
    return { ok: true };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE] ?? '');
    // ok: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    if (req.cookies?.[REFRESH_COOKIE]) await this.auth.revoke(req.cookies[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  // ok: missing-auth
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
