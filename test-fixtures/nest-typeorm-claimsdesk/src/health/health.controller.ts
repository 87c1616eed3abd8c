import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';

@Public()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ok: missing-auth
  @Get()
  async check() {
    await this.dataSource.query('SELECT 1');
    return { ok: true };
  }

  // expect: missing-auth
  @Get('claims/:id')
  async claimProbe() {
    const rows = await this.dataSource.query('SELECT id, status, claimant_name FROM claims ORDER BY created_at DESC LIMIT 20');
    return rows;
  }
}
