import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { SkipThrottle, Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreateAllowanceDto, UpdateAllowanceDto } from './reports.dto';
import { ReportsService } from './reports.service';

@Controller('reports')
@Roles('ADMIN', 'PAYROLL_MANAGER')
@UseGuards(ThrottlerGuard)
@SkipThrottle()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  // ok: missing-auth
  @Get('employees/:employeeId/totals')
  totals(@CurrentUser() user: AuthUser, @Param('employeeId', ParseUUIDPipe) employeeId: string) {
    return this.reports.payslipTotals(user, employeeId);
  }

  // ok: missing-auth
  @Get('payslips/:id/raw')
  raw(@Param('id', ParseUUIDPipe) id: string) {
    return this.reports.payslipRaw(id);
  }

  // ok: missing-auth
  @Get('employees/:employeeId/payslips')
  byEmployee(@CurrentUser() user: AuthUser, @Param('employeeId') employeeId: string) {
    return this.reports.byEmployeeRelation(user, employeeId);
  }

  // opted back in to the throttler
  // ok: missing-auth, missing-rate-limit
  @Get('export/payslips.csv')
  @SkipThrottle({ default: false })
  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  async exportAll(@CurrentUser() user: AuthUser) {
    const rows = await this.reports.byEmployeeRelation(user, undefined as unknown as string);
    return rows.map((r) => `${r.id},${r.grossCents}`).join('\n');
  }

  // an array of DTOs: the global ValidationPipe does not check the elements
  // expect: missing-input-validation
  // ok: missing-auth
  @Post('employees/:employeeId/allowances')
  addAllowances(@CurrentUser() user: AuthUser, @Param('employeeId') employeeId: string, @Body() items: CreateAllowanceDto[]) {
    return this.reports.addAllowances(user, employeeId, items);
  }

  // ok: missing-auth, missing-input-validation
  @Patch('allowances/:id')
  updateAllowance(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: UpdateAllowanceDto) {
    return this.reports.updateAllowance(user, id, dto);
  }
}
