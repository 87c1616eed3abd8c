import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/decorators';

@Controller('health')
export class HealthController {
  @Public()
  // ok: missing-auth
  @Get()
  check() {
    return { status: 'ok', uptime: process.uptime() };
  }
}
