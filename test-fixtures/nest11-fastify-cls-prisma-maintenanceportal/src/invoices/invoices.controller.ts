import { Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  // ok: missing-auth
  @Get()
  list(@Query('status') status?: string) {
    return this.invoices.list(status);
  }

  // ok: missing-auth, unscoped-tenant-query
  @Get(':id')
  get(@Param('id') id: string) {
    return this.invoices.byId(id);
  }

  // contractors open this from the invoice e-mail without an account
  @Public()
  @Header('Cache-Control', 'no-store')
  // expect: missing-auth
  @Get(':id/print')
  print(@Param('id') id: string) {
    return this.invoices.forPrint(id);
  }

  @Roles('admin', 'manager')
  // ok: missing-auth, missing-role-check
  @Post(':id/paid')
  markPaid(@Param('id') id: string) {
    return this.invoices.markPaid(id);
  }
}
