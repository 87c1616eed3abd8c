import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { SkipThrottle, Throttle } from '@nestjs/throttler';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { AuthService } from './auth.service';

class CredentialsDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(10) password!: string;
}

class EmailDto {
  @IsEmail() email!: string;
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  // the global TrackerThrottlerGuard enforces the tighter limit set here
  // ok: missing-rate-limit
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 5, ttl: 60_000 } })
  login(@Body() dto: CredentialsDto) {
    return this.auth.login(dto.email, dto.password);
  }

  // ok: missing-rate-limit
  @Post('signup')
  signup(@Body() dto: CredentialsDto) {
    return this.auth.register(dto.email, dto.password);
  }

  // expect: missing-rate-limit
  @Post('magic-link')
  @HttpCode(202)
  @SkipThrottle()
  magicLink(@Body() dto: EmailDto) {
    return this.auth.sendMagicLink(dto.email);
  }
}
