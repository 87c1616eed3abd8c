import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Controller({ path: 'health', version: '1' })
export class HealthController {
  constructor(private readonly db: DataSource) {}

  // ok: missing-auth
  @Get()
  async check() {
    await this.db.query('SELECT 1');
    return { status: 'ok' };
  }
}
