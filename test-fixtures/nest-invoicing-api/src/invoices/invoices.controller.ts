import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { Public } from '../auth/public.decorator';
import { Role, Roles } from '../auth/roles.decorator';
import { AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { InvoicesService } from './invoices.service';

@UseGuards(JwtAuthGuard)
@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  // ok: missing-auth
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.invoices.findAll(user.organizationId);
  }

  // ok: missing-auth
  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.invoices.findOne(id);
  }

  @Get(':id/pdf')
  pdf(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.invoices.findOwned(id, user.organizationId);
  }

  // ok: missing-role-check
  @Delete(':id')
  @Roles(Role.Admin)
  remove(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    return this.invoices.remove(id, user.organizationId);
  }

  // a share link: public on purpose, opted out of the JWT guard
  @Public()
  // ok: missing-auth
  @Get('shared/:token')
  shared(@Param('token') token: string) {
    return this.invoices.byShareToken(token);
  }
}
