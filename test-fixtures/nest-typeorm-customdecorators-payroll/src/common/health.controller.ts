import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/decorators';

@Controller('health')
export class HealthController {
  // ok: missing-auth
  @Get()
  @Public()
  check() {
    return { status: 'ok' };
  }
}
