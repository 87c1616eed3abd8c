import { JsonController, Get, Param, CurrentUser } from 'routing-controllers';
import { AppDataSource } from '../data-source';
import { Report } from '../entities/Report';
import { User } from '../entities/User';

@JsonController('/reports')
export class ReportController {
  private reports = AppDataSource.getRepository(Report);

  // ok: missing-auth
  @Get('/summary')
  summary(@CurrentUser({ required: true }) user: User) {
    // ok: unscoped-tenant-query
    return this.reports.find({ where: { orgId: user.orgId } });
  }

  // expect: missing-auth
  @Get('/:id')
  one(@Param('id') id: string) {
    return this.reports.findOneBy({ id });
  }
}
