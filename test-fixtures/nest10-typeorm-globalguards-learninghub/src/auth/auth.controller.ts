import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser, Public } from './decorators';
import { LocalAuthGuard } from './guards';
import { ForgotPasswordDto, ResetPasswordDto, SignupDto } from './dto';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit
  @Post('login')
  @HttpCode(200)
  login(@Req() req: Request & { user: AuthUser }, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = this.auth.issueTokens(req.user);
    // ok: insecure-cookie
    res.cookie('lh_refresh', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
    return { accessToken };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('signup')
  signup(@Body() dto: SignupDto) {
    return this.auth.signup(dto);
  }

  @Public()
  @SkipThrottle()
  // ok: missing-auth, missing-input-validation
  // expect: missing-rate-limit
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.requestPasswordReset(dto.email);
    return { ok: true };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('password/reset')
  async reset(@Body() dto: ResetPasswordDto) {
    const done = await this.auth.resetPassword(dto.token, dto.password);
    if (!done) throw new UnauthorizedException('Reset link expired');
    return { ok: true };
  }

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = req.cookies?.lh_refresh;
    if (!token) throw new UnauthorizedException();
    const { accessToken, refreshToken } = await this.auth.refresh(token);
    // expect: insecure-cookie
    res.cookie('lh_refresh', refreshToken);
    return { accessToken };
  }

  // ok: missing-auth
  @Get('me')
  me(@CurrentUser() user: AuthUser) {
    return user;
  }
}
