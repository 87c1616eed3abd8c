import { Controller, Get, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../common/public.decorator';
import { CurrentUser, AuthUser } from '../common/current-user.decorator';

@Controller('reports')
export class ReportsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // shared with the hiring managers' dashboard (TV in the office)
  @Public()
  // expect: missing-auth
  @Get(':companyId/pipeline')
  pipeline(@Param('companyId') companyId: string) {
    return this.dataSource.query(
      `SELECT j.title, a.stage, count(*)::int AS n FROM applications a JOIN jobs j ON j.id = a."jobId" WHERE a."companyId" = $1 GROUP BY 1, 2`,
      [companyId],
    );
  }

  @Get('time-to-hire')
  timeToHire(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    return this.dataSource.query(`SELECT avg(extract(day FROM now() - created_at)) AS days FROM jobs WHERE "companyId" = $1`, [user.companyId]);
  }

  // expect: missing-rate-limit
  @Get('export/candidates.csv')
  async exportCandidates(@CurrentUser() user: AuthUser) {
    const rows: { fullName: string; email: string }[] = await this.dataSource.query(
      `SELECT "fullName", email FROM candidates WHERE "companyId" = $1`,
      [user.companyId],
    );
    return rows.map((r) => `${r.fullName},${r.email}`).join('\n');
  }
}
