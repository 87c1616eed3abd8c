import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { CreatePayRunDto } from './payruns.dto';
import { PayRunsService } from './payruns.service';

@Controller('payruns')
export class PayRunsController {
  constructor(private readonly payRuns: PayRunsService) {}

  // ok: missing-auth
  @Get()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  list(@CurrentUser() user: AuthUser) {
    return this.payRuns.list(user.companyId);
  }

  // ok: missing-auth, missing-input-validation
  @Post()
  @Roles('ADMIN', 'PAYROLL_MANAGER')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePayRunDto) {
    return this.payRuns.create(user.companyId, dto.period);
  }

  // ok: missing-auth, missing-role-check
  @Post(':id/approve')
  @Roles('ADMIN')
  approve(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.payRuns.approve(user.companyId, id, user.id);
  }

  // linked from the finance dashboard widget, which has no token
  @Public()
  // expect: missing-auth
  @Get(':id/summary')
  summary(@Param('id') id: string) {
    return this.payRuns.summary(id);
  }
}
