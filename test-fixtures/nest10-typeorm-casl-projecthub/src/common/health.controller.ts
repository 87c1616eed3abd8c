import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/public.decorator';

@Controller('health')
export class HealthController {
  @Public()
  // ok: missing-auth
  @Get()
  check() {
    return { status: 'ok', at: new Date().toISOString() };
  }
}
