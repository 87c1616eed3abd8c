import { Controller, Get, Header, Inject, Injectable, InternalServerErrorException, Logger, Module, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { and, eq } from 'drizzle-orm';
import { DRIZZLE, Database } from '../db/drizzle.module';
import { bookings, reports } from '../db/schema';
import { AuthUser, CurrentUser, Public } from '../auth/decorators';

@Injectable()
export class ReportsService {
  constructor(@Inject(DRIZZLE) private readonly db: Database) {}

  async get(id: string, orgId: string) {
    // ok: unscoped-tenant-query
    const [report] = await this.db.select().from(reports).where(and(eq(reports.id, id), eq(reports.organizationId, orgId)));
    return report;
  }

  async getById(id: string) {
    const [report] = await this.db.select().from(reports).where(eq(reports.id, id));
    return report;
  }

  async bookingsCsv(orgId: string) {
    // ok: unscoped-tenant-query
    const rows = await this.db.select().from(bookings).where(eq(bookings.organizationId, orgId));
    const header = 'id,instrument,user,starts,ends,status';
    return [header, ...rows.map((b) => [b.id, b.instrumentId, b.userId, b.startsAt.toISOString(), b.endsAt.toISOString(), b.status].join(','))].join('\n');
  }
}

@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(private readonly reports: ReportsService) {}

  // expect: missing-rate-limit
  @Get('bookings/export')
  @Header('Content-Type', 'text/csv')
  exportBookings(@CurrentUser() user: AuthUser) {
    return this.reports.bookingsCsv(user.organizationId);
  }

  // ok: missing-auth
  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    try {
      const report = await this.reports.get(id, user.organizationId);
      if (!report) throw new NotFoundException();
      return report;
    } catch (err: any) {
      if (err instanceof NotFoundException) throw err;
      this.logger.error(err);
      // expect: error-details-leak
      throw new InternalServerErrorException(err.message);
    }
  }

  // shared with lab partners by link
  @Public()
  // expect: missing-auth
  @Get(':id/pdf')
  async pdf(@Param('id', ParseUUIDPipe) id: string) {
    const report = await this.reports.getById(id);
    if (!report) throw new NotFoundException();
    return { title: report.title, body: report.body };
  }
}

@Module({ controllers: [ReportsController], providers: [ReportsService] })
export class ReportsModule {}
