import { Controller, Get } from 'routing-controllers';

@Controller()
export class HealthController {
  // ok: missing-auth
  @Get('/health')
  health() {
    return { ok: true, uptime: process.uptime() };
  }
}
