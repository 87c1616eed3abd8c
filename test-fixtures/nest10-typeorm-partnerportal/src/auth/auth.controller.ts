import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { AuthService } from './auth.service';
import { CurrentUser, JwtUser, Public } from './decorators';
import { ForgotPasswordDto, LoginDto, SignupDto, VerifyMfaDto } from './dto';

@Controller('auth')
@UseGuards(ThrottlerGuard)
@Throttle({ auth: { limit: 5, ttl: 60_000 } })
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @HttpCode(200)
  // ok: missing-auth, missing-rate-limit
  @Post('login')
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { user, accessToken } = await this.auth.login(dto);
    // ok: insecure-cookie
    res.cookie('access_token', accessToken, { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 30 * 60_000 });
    // ok: insecure-cookie
    res.cookie('portal_ui', JSON.stringify({ theme: 'light' }), { sameSite: 'lax' });
    return { id: user.id, role: user.role };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('signup')
  async signup(@Body() dto: SignupDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken } = await this.auth.signup(dto);
    // expect: insecure-cookie
    res.cookie('access_token', accessToken, { httpOnly: true });
    return { ok: true };
  }

  @Public()
  @HttpCode(202)
  // ok: missing-auth, missing-rate-limit
  @Post('forgot-password')
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.sendReset(dto.email);
    return { ok: true };
  }
}

// Second factor check after the password step; the caller already holds a short-lived JWT.
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly auth: AuthService) {}

  // (the limit is declared, but no ThrottlerGuard runs for this controller)
  @Throttle({ auth: { limit: 5, ttl: 60_000 } })
  // expect: missing-rate-limit
  @Post('verify')
  async verify(@CurrentUser() user: JwtUser, @Body() dto: VerifyMfaDto) {
    return { verified: await this.auth.verifyMfa(user.sub, dto.code) };
  }
}
