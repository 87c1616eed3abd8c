import { Controller, Get, Param, Req, UseGuards } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { PartnerKeyGuard } from './partner-key.guard';
import { PayslipsService } from '../payslips/payslips.service';

@Controller('partners')
@UseGuards(PartnerKeyGuard)
export class PartnersController {
  constructor(private readonly payslips: PayslipsService) {}

  // the method's @Public() is never read: PartnerKeyGuard asks only the controller class, so the key is still required
  // ok: missing-auth
  @Get('runs')
  @Public()
  runs(@Req() req: { partner: { companyId: string } }) {
    return this.payslips.listRuns(req.partner.companyId);
  }
}
