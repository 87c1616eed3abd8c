import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser, Public } from './decorators';
import { EmailDto, LoginDto, ResetPasswordDto, SignupDto } from './dto';

const REFRESH_COOKIE = 'refresh_token';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  private setRefreshCookie(res: Response, token: string) {
    // ok: insecure-cookie
    res.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/api/auth',
      maxAge: 30 * 24 * 3600 * 1000,
    });
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('signup')
  async signup(@Body() dto: SignupDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.signup(dto);
    this.setRefreshCookie(res, refreshToken);
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto);
    this.setRefreshCookie(res, refreshToken);
    return { accessToken };
  }

  @Public()
  @SkipThrottle()
  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]);
    this.setRefreshCookie(res, refreshToken);
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: EmailDto) {
    await this.auth.requestPasswordReset(dto.email);
    return { ok: true };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(user.sub);
    res.clearCookie(REFRESH_COOKIE, { path: '/api/auth' });
  }

  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}

/** Passwordless sign-in for door staff on shared phones. */
@Public()
@Controller('auth/magic-link')
export class MagicLinkController {
  constructor(private readonly auth: AuthService) {}

  // expect: missing-rate-limit
  @Post()
  @HttpCode(202)
  async request(@Body() dto: EmailDto) {
    await this.auth.requestMagicLink(dto.email);
    return { ok: true };
  }

  // expect: missing-rate-limit
  @Get('verify')
  async verify(@Query('token') token: string, @Res() res: Response) {
    const { accessToken } = await this.auth.redeemMagicLink(token);
    // expect: insecure-cookie
    res.cookie('access_token', accessToken, { httpOnly: true, maxAge: 15 * 60 * 1000 });
    res.redirect('/scan');
  }
}
