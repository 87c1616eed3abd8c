import { Controller, Get } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { Public } from './auth/public.decorator';

@Controller('health')
export class HealthController {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @Public()
  // ok: missing-auth
  @Get()
  check() {
    return { status: this.connection.readyState === 1 ? 'ok' : 'degraded' };
  }
}
