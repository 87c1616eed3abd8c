import { Body, Controller, Get, HttpCode, Logger, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { IsEmail, IsString, Length, MinLength } from 'class-validator';
import * as bcrypt from 'bcrypt';
import { randomBytes } from 'crypto';
import { Response } from 'express';
import { PrismaService } from '../prisma.service';
import { AuthUser, Public } from './auth.guards';

class LoginDto {
  @IsEmail() email: string;
  @IsString() @MinLength(8) password: string;
}

class RegisterDto extends LoginDto {
  @IsString() @Length(2, 80) name: string;
  @IsString() @Length(2, 120) organizationName: string;
}

class OtpDto {
  @IsEmail() email: string;
  @IsString() @Length(6, 6) code: string;
}

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(private prisma: PrismaService, private jwt: JwtService) {}

  private issue(user: { id: string; organizationId: string; role: string }) {
    return this.jwt.sign({ sub: user.id, org: user.organizationId, role: user.role });
  }

  @Public()
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  // ok: missing-rate-limit, missing-auth
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    // ok: unscoped-tenant-query
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !(await bcrypt.compare(dto.password, user.passwordHash))) throw new UnauthorizedException();
    const refresh = randomBytes(32).toString('hex');
    // expect: insecure-cookie
    res.cookie('refresh_token', refresh, { httpOnly: true, sameSite: 'strict', path: '/api/auth' });
    // ok: token-logging
    this.logger.log(`user ${user.id} signed in`);
    return { accessToken: this.issue(user) };
  }

  @Public()
  // ok: missing-rate-limit, missing-input-validation, missing-auth
  @Post('register')
  async register(@Body() dto: RegisterDto) {
    const passwordHash = await bcrypt.hash(dto.password, 12);
    const org = await this.prisma.organization.create({ data: { name: dto.organizationName } });
    const user = await this.prisma.user.create({
      data: { email: dto.email, name: dto.name, passwordHash, organizationId: org.id, role: 'ADMIN' },
    });
    const accessToken = this.issue(user);
    // expect: token-logging
    this.logger.debug(`registered ${dto.email}, access token ${accessToken}`);
    return { accessToken };
  }

  @Public()
  @SkipThrottle()
  // expect: missing-rate-limit
  @Post('otp/verify')
  async verifyOtp(@Body() dto: OtpDto) {
    // ok: unscoped-tenant-query
    const user = await this.prisma.user.findUnique({ where: { email: dto.email } });
    if (!user || !user.otpCode || user.otpCode !== dto.code) throw new UnauthorizedException();
    await this.prisma.user.update({ where: { id: user.id }, data: { otpCode: null } });
    return { accessToken: this.issue(user) };
  }

  // ok: missing-auth
  @Get('me')
  me(@Req() req: { user: AuthUser }) {
    return req.user;
  }
}
