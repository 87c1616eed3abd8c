import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { CurrentUser, JwtUser } from '../auth/decorators';
import { PayslipsService } from './payslips.service';

@Controller('payslips')
export class PayslipsController {
  constructor(private readonly payslips: PayslipsService) {}

  @Get('employee/:employeeId')
  byEmployee(@CurrentUser() user: JwtUser, @Param('employeeId') employeeId: string) {
    return this.payslips.forEmployee(user, employeeId);
  }

  @Get(':id')
  async findOne(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    const slip = await this.payslips.findForCompany(user.companyId, id);
    if (!slip) throw new NotFoundException();
    return slip;
  }

  @Get(':id/pdf')
  @Header('Content-Type', 'application/pdf')
  async pdf(@Param('id') id: string) {
    const slip = await this.payslips.findForPdf(id);
    if (!slip) throw new NotFoundException();
    return renderPdf(slip);
  }
}

function renderPdf(slip: { period: string; netCents: number }) {
  return Buffer.from(`%PDF-1.4\n% payslip ${slip.period} ${slip.netCents}\n`);
}
