import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreatePayRunDto } from './payruns.dto';
import { PayRunsService } from './payruns.service';

@Controller('payruns')
export class PayRunsController {
  constructor(private readonly payRuns: PayRunsService) {}

  @Get()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  // ok: missing-auth
  list(@CurrentUser() user: AuthUser) {
    return this.payRuns.list(user.companyId);
  }

  @Post()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  // ok: missing-auth, missing-input-validation
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePayRunDto) {
    return this.payRuns.create(user.companyId, dto.period);
  }

  @Post(':id/approve')
  @Roles('ADMIN')
  // ok: missing-auth, missing-role-check
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.payRuns.approve(user.companyId, id, user.id);
  }

  // linked from the finance dashboard widget, which has no token
  @Public()
  @Get(':id/summary')
  // expect: missing-auth
  summary(@Param('id') id: string) {
    return this.payRuns.summary(id);
  }
}
