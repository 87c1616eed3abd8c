import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { CurrentUser, JwtUser, Public, Roles } from '../auth/decorators';
import { RolesGuard } from '../auth/roles.guard';
import { EmployeesService } from '../employees/employees.service';
import { PayslipsService } from '../payslips/payslips.service';

@Controller('admin')
@UseGuards(RolesGuard)
@Roles('admin')
export class AdminController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly payslips: PayslipsService,
  ) {}

  // ok: missing-role-check
  @Get('payroll-runs')
  runs(@CurrentUser() user: JwtUser) {
    return this.payslips.listRuns(user.companyId);
  }

  // ok: missing-role-check
  @Delete('employees/:id')
  removeEmployee(@Param('id') id: string) {
    return this.employees.remove(id);
  }

  // "so the accounting tool can pull it" -- opens the whole period export to anyone
  // expect: missing-auth, missing-rate-limit
  @Get('payroll-runs/:period/export')
  @Public()
  exportRun(@Param('period') period: string) {
    return this.payslips.exportPeriod(period);
  }
}
