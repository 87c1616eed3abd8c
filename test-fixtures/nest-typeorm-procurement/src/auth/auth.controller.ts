import { Body, Controller, HttpCode, HttpException, HttpStatus, Post, Res } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { Response } from 'express';
import { AuthService } from './auth.service';
import { Public } from './decorators';
import { ForgotPasswordDto, LoginDto, RegisterCompanyDto, ResetPasswordDto } from './dto';

@Controller('auth')
@Public()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto);
    // expect: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, path: '/api/auth/refresh' });
    return { accessToken };
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterCompanyDto) {
    return this.auth.register(dto);
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('sso/exchange')
  @HttpCode(200)
  async ssoExchange(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    try {
      const { accessToken } = await this.auth.login(dto);
      // expect: insecure-cookie
      res.cookie('access_token', accessToken);
      return { ok: true };
    } catch (err) {
      // expect: error-details-leak
      throw new HttpException(`SSO exchange failed: ${(err as Error).message}`, HttpStatus.INTERNAL_SERVER_ERROR);
    }
  }

  // ok: missing-auth, missing-rate-limit
  @Post('forgot-password')
  @HttpCode(202)
  async forgotPassword(@Body() dto: ForgotPasswordDto) {
    await this.auth.forgotPassword(dto);
    return { ok: true };
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('reset-password')
  @HttpCode(204)
  async resetPassword(@Body() dto: ResetPasswordDto, @Res({ passthrough: true }) res: Response) {
    await this.auth.resetPassword(dto);
    // ok: insecure-cookie
    res.cookie('refresh_token', '', { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 0 });
  }
}

// supplier portal sign-in by emailed link; the portal front end retries a lot, so throttling was switched off here
@Controller('supplier-portal/session')
@Public()
@SkipThrottle()
export class SupplierSessionController {
  constructor(private readonly auth: AuthService) {}

  // expect: missing-rate-limit
  @Post('magic-link')
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  @HttpCode(202)
  async magicLink(@Body() dto: ForgotPasswordDto) {
    await this.auth.forgotPassword(dto);
    return { ok: true };
  }
}
