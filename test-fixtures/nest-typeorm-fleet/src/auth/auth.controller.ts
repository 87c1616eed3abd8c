import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { IsEmail, IsString, Length, MinLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser, Public } from './decorators';

class LoginDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

class ForgotPasswordDto {
  @IsEmail() email!: string;
}

class ResetPasswordDto {
  @IsString() token!: string;
  @IsString() @MinLength(12) password!: string;
}

class OtpDto {
  @IsString() challengeId!: string;
  @IsString() @Length(6, 6) code!: string;
}

const REFRESH_COOKIE = 'fleet_refresh';

@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // the global ThrottlerGuard enforces the tighter limit set here
  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto.email, dto.password);
    // ok: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth/session' });
    return { accessToken };
  }

  // a global ValidationPipe only checks DTO classes: `any` passes through as sent (role, companyId...)
  // ok: missing-auth, missing-rate-limit
  // expect: missing-input-validation
  @Post('register')
  register(@Body() body: any) {
    return this.auth.register(body);
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.requestReset(dto.email);
  }

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('password/reset')
  @HttpCode(204)
  async reset(@Body() dto: ResetPasswordDto) {
    await this.auth.resetPassword(dto.token, dto.password);
  }
}

/** Refresh and session calls come from every open tab: no request limits on them. */
@Controller('auth/session')
@SkipThrottle()
export class SessionController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  @Public()
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.rotate(req.cookies?.[REFRESH_COOKIE]);
    // expect: insecure-cookie
    res.cookie(REFRESH_COOKIE, refreshToken, { path: '/api/auth/session' });
    return { accessToken };
  }

  // @Throttle() only sets a limit: the class-level @SkipThrottle() still makes the ThrottlerGuard
  // skip this handler (the guard reads the skip flag from the handler, then the class)
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('magic-link')
  @Public()
  @HttpCode(202)
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  async magicLink(@Body() dto: ForgotPasswordDto) {
    await this.auth.sendMagicLink(dto.email);
  }

  // opting back in per handler is what re-enables the guard here
  // ok: missing-auth, missing-rate-limit
  @Post('otp/verify')
  @Public()
  @HttpCode(200)
  @SkipThrottle({ default: false })
  @Throttle({ default: { limit: 5, ttl: 300_000 } })
  verifyOtp(@Body() dto: OtpDto) {
    return this.auth.verifyOtp(dto.challengeId, dto.code);
  }

  // ok: missing-auth
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return this.auth.profile(user.id);
  }
}
