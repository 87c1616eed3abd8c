import { Controller, Get } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from './common/decorators';

@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  // ok: missing-auth
  @Get()
  check() {
    return { status: 'ok' };
  }
}
