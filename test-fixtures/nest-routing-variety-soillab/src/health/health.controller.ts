import { All, Controller, Get, HttpCode, VERSION_NEUTRAL } from '@nestjs/common';
import { Public } from '../auth/public.decorator';

@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  @Get()
  check() {
    return { status: 'ok' };
  }

  // any method: the uptime robot sends HEAD, the old one POST
  @All('ping')
  @HttpCode(204)
  ping() {}
}
