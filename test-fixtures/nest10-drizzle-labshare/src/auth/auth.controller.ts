import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { CurrentUser, AuthUser, Public } from './decorators';
import { ForgotPasswordDto, LoginDto, RegisterDto, ResetPasswordDto } from './dto';

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
    const tokens = await this.auth.login(dto);
    // expect: insecure-cookie
    res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, sameSite: 'strict', path: '/auth/refresh' });
    return { accessToken: tokens.accessToken };
  }

  @Public()
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Public()
  // ok: missing-auth
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const tokens = await this.auth.refresh(req.cookies?.refresh_token);
    // ok: insecure-cookie
    res.cookie('refresh_token', tokens.refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
    return { accessToken: tokens.accessToken };
  }

  // ok: missing-auth
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}

@Controller('account/password')
export class PasswordController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('forgot')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.requestReset(dto.email);
    return { ok: true };
  }

  @Public()
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('reset')
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto.token, dto.password);
  }
}
