import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { Role } from '@prisma/client';
import { Roles } from '../auth/roles.decorator';
import { CompanyMemberGuard } from '../common/company.guard';
import { DecisionInput, ListTimeOffQuery, RequestTimeOffDto } from './timeoff.dto';
import { TimeOffService } from './timeoff.service';

@Controller()
export class TimeOffController {
  constructor(private readonly timeOff: TimeOffService) {}

  // ok: missing-auth
  @Get('time-off')
  @Roles(Role.ADMIN, Role.PAYROLL_MANAGER)
  list(@Query() filters: ListTimeOffQuery) {
    return this.timeOff.list(filters);
  }

  // ok: missing-auth, missing-input-validation
  @Post('time-off')
  request(@Body() dto: RequestTimeOffDto) {
    return this.timeOff.request_(dto);
  }

  // DecisionInput is an interface: erased at run time, the global pipe sees Object
  // expect: missing-input-validation
  // ok: missing-auth, missing-role-check
  @Patch('time-off/:id/decision')
  @Roles(Role.ADMIN, Role.PAYROLL_MANAGER)
  decide(@Param('id') id: string, @Body() input: DecisionInput) {
    return this.timeOff.decide(id, input);
  }

  // ok: missing-auth
  @Get('companies/:companyId/time-off/pending')
  @UseGuards(CompanyMemberGuard)
  @Roles(Role.ADMIN, Role.PAYROLL_MANAGER)
  pending(@Param('companyId') companyId: string) {
    return this.timeOff.forCompany(companyId);
  }
}
