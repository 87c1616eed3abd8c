import { Controller, Get, Param } from '@nestjs/common';
import { CampaignsService } from '../campaigns/campaigns.service';

// not behind SessionMiddleware: anyone with the link can read a campaign preview
@Controller('share')
export class PublicController {
  constructor(private readonly campaigns: CampaignsService) {}

  // ok: missing-auth
  @Get('health')
  health() {
    return { ok: true };
  }

  // expect: missing-auth
  @Get('campaigns/:id')
  preview(@Param('id') id: string) {
    return this.campaigns.preview(id);
  }
}
