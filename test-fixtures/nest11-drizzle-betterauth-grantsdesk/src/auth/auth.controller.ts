import { Body, Controller, Get, Headers, Post, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { fromNodeHeaders } from 'better-auth/node';
import { auth } from './auth';
import { CurrentUser, Public, SessionUser } from './decorators';

export class SignInDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

export class SignUpDto extends SignInDto {
  @IsString() name!: string;
}

@Controller('auth')
export class AuthController {
  @Public()
  // ok: missing-auth
  // expect: missing-rate-limit
  @Post('sign-in')
  signIn(@Body() dto: SignInDto) {
    return auth.api.signInEmail({ body: dto });
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  // ok: missing-auth, missing-rate-limit, missing-input-validation
  @Post('sign-up')
  signUp(@Body() dto: SignUpDto) {
    return auth.api.signUpEmail({ body: dto });
  }

  // ok: missing-auth
  @Get('me')
  me(@CurrentUser() user: SessionUser) {
    return { id: user.id, email: user.email, workspaceId: user.workspaceId, role: user.role };
  }

  // ok: missing-auth, missing-rate-limit
  @Post('sign-out')
  signOut(@Headers() headers: Record<string, string>) {
    return auth.api.signOut({ headers: fromNodeHeaders(headers) });
  }
}
