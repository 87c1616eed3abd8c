import { Body, Controller, HttpCode, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request, Response } from 'express';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Public } from './public.decorator';
import { AuthService } from './auth.service';
import { AcceptInviteDto, ForgotPasswordDto, LoginDto, RegisterDto } from './dto';

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly jwt: JwtService,
  ) {}

  @Public()
  // ok: missing-auth, missing-rate-limit
  @Post('refresh')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const token = req.cookies?.refresh_token;
    if (!token) throw new UnauthorizedException();
    const claims = await this.jwt.verifyAsync<{ sub: string; org: string; role: string }>(token, { secret: process.env.JWT_REFRESH_SECRET, algorithms: ['HS256'] });
    const accessToken = await this.jwt.signAsync({ sub: claims.sub, org: claims.org, role: claims.role });
    const refreshToken = await this.jwt.signAsync({ sub: claims.sub, org: claims.org, role: claims.role }, { secret: process.env.JWT_REFRESH_SECRET, expiresIn: '30d' });
    // ok: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, path: '/api/auth/refresh', maxAge: 30 * 864e5 });
    return { accessToken };
  }

  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('login')
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('register')
  register(@Body() dto: RegisterDto) {
    return this.auth.register(dto);
  }

  @Public()
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('invites/accept')
  acceptInvite(@Body() dto: AcceptInviteDto) {
    return this.auth.acceptInvite(dto);
  }

  @Public()
  @SkipThrottle()
  @HttpCode(202)
  // expect: missing-rate-limit
  @Post('password/forgot')
  async forgot(@Body() dto: ForgotPasswordDto) {
    await this.auth.startReset(dto.email);
    return { ok: true };
  }
}
