import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { PrismaService } from '../prisma/prisma.service';
import { AuthService } from './auth.service';
import { LoginDto, ResetRequestDto } from './dto';
import { Public } from './public.decorator';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly prisma: PrismaService,
    private readonly cls: ClsService,
  ) {}

  @Public()
  @HttpCode(200)
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('login')
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const session = await this.auth.login(dto.email, dto.password);
    // ok: insecure-cookie
    reply.setCookie('kh_session', session.accessToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: '/',
      maxAge: 30 * 60,
    });
    return session.user;
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 3, ttl: 15 * 60_000 } })
  @HttpCode(202)
  // ok: missing-auth, missing-rate-limit
  @Post('password-reset')
  async requestReset(@Body() dto: ResetRequestDto) {
    await this.auth.startReset(dto.email);
    return { queued: true };
  }

  @Public()
  @HttpCode(200)
  // ok: missing-auth
  @Post('refresh')
  async refresh(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const rotated = await this.auth.rotate(req.cookies['kh_refresh']);
    // expect: insecure-cookie
    reply.setCookie('kh_refresh', rotated.refreshToken, { path: '/api/auth', maxAge: 14 * 24 * 3600 });
    // ok: insecure-cookie
    reply.setCookie('kh_session', rotated.accessToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
    return { ok: true };
  }

  // ok: missing-auth
  @Get('me')
  me(@Req() req: FastifyRequest & { user: { sub: string; org: string; role: string } }) {
    return { id: req.user.sub, org: req.user.org, role: req.user.role };
  }

  // profile form: name and e-mail
  // ok: missing-auth
  // expect: missing-input-validation
  @Patch('me')
  updateProfile(@Body() body: any) {
    // ok: unscoped-tenant-query
    return this.prisma.user.update({
      where: { id: this.cls.get('userId') },
      data: body,
      select: { id: true, name: true, email: true, role: true },
    });
  }

  @HttpCode(204)
  // ok: missing-auth
  @Post('logout')
  logout(@Res({ passthrough: true }) reply: FastifyReply) {
    reply.clearCookie('kh_session', { path: '/' });
  }
}
