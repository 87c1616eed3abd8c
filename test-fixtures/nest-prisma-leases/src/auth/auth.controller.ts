import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
  Res,
  UseGuards,
  ValidationPipe,
} from '@nestjs/common';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { Role } from '@prisma/client';
import { IsEmail, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { AuthUser, CurrentUser, Roles } from './decorators';
import { JwtAuthGuard, RolesGuard } from './guards';

export class LoginDto {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}

export class RegisterDto {
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  orgName!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(12)
  @MaxLength(128)
  password!: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class ResetPasswordDto {
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;

  @IsString()
  @MinLength(12)
  @MaxLength(128)
  newPassword!: string;
}

export class ChangeRoleDto {
  @IsEnum(Role)
  role!: Role;
}

const validation = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true });
const REFRESH_TTL_MS = 7 * 24 * 60 * 60 * 1000;

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth
  // ok: missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async login(@Body(validation) dto: LoginDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.login(dto.email, dto.password);
    // ok: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth', maxAge: REFRESH_TTL_MS });
    return { accessToken };
  }

  // ok: missing-auth
  // ok: missing-input-validation
  @Post('register')
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  async register(@Body(validation) dto: RegisterDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.register(dto);
    // expect: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, maxAge: REFRESH_TTL_MS });
    return { accessToken };
  }

  // ok: missing-auth
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.refresh(req.cookies?.refresh_token);
    // expect: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: false, path: '/api/auth', maxAge: REFRESH_TTL_MS });
    return { accessToken };
  }

  // expect: missing-rate-limit
  // ok: missing-auth
  // ok: missing-input-validation
  @Post('forgot-password')
  @HttpCode(202)
  async forgotPassword(@Body(validation) dto: ForgotPasswordDto) {
    await this.auth.forgotPassword(dto.email);
    return { message: 'If an account exists for that email, a reset link has been sent.' };
  }

  // ok: missing-auth
  @Post('reset-password')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  async resetPassword(@Body(validation) dto: ResetPasswordDto, @Res({ passthrough: true }) res: Response) {
    const { accessToken, refreshToken } = await this.auth.resetPassword(dto.token, dto.newPassword);
    // ok: insecure-cookie
    res.cookie('refresh_token', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth', maxAge: REFRESH_TTL_MS });
    return { accessToken };
  }

  // ok: missing-auth
  @Post('logout')
  @HttpCode(204)
  @UseGuards(JwtAuthGuard)
  async logout(@CurrentUser('userId') userId: string, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(userId);
    res.clearCookie('refresh_token', { httpOnly: true, secure: true, sameSite: 'strict', path: '/api/auth' });
  }
}

@Controller('admin/users')
@UseGuards(JwtAuthGuard, RolesGuard)
@Roles('admin')
export class AdminUsersController {
  constructor(private readonly auth: AuthService) {}

  // ok: missing-auth
  // ok: missing-role-check
  @Get()
  list(@CurrentUser('orgId') orgId: string) {
    return this.auth.listOrgUsers(orgId);
  }

  // ok: missing-auth
  // ok: missing-role-check
  // ok: missing-input-validation
  @Patch(':id/role')
  async changeRole(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(validation) dto: ChangeRoleDto,
  ) {
    await this.auth.changeRole(user.orgId, id, dto.role);
    return { id, role: dto.role };
  }
}
