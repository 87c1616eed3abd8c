import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsEmail, IsString, MinLength } from 'class-validator';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { JwtRefreshGuard } from './jwt-auth.guard';

class LoginDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

class EmailDto {
  @IsEmail() email!: string;
}

@Controller('auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-rate-limit
  @Post('login')
  @HttpCode(200)
  async login(@Body() dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto.email, dto.password);
    // ok: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth/refresh' });
    return { accessToken };
  }

  // ok: missing-rate-limit
  @Post('register')
  register(@Body() dto: LoginDto) {
    return this.auth.register(dto.email, dto.password);
  }

  // ok: missing-rate-limit
  @Post('password/forgot')
  @HttpCode(202)
  async forgot(@Body() dto: EmailDto) {
    await this.auth.requestPasswordReset(dto.email);
    return { ok: true };
  }

  @Post('refresh')
  @UseGuards(JwtRefreshGuard)
  async refresh(@Req() req: Request & { user: { userId: string } }, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.rotate(req.user.userId);
    // expect: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, path: '/auth/refresh' });
    return { accessToken };
  }
}
