import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { Organization } from '@prisma/client';
import { CurrentOrg } from '../auth/current.decorators';
import { CampaignDto } from './campaign.dto';
import { CampaignsService } from './campaigns.service';

@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  list(@CurrentOrg() org: Organization) {
    return this.campaigns.list(org.id);
  }

  @Get(':id')
  get(@CurrentOrg() org: Organization, @Param('id') id: string) {
    return this.campaigns.get(org.id, id);
  }

  @Post()
  create(@CurrentOrg() org: Organization, @Body() body: CampaignDto) {
    return this.campaigns.create(org.id, body);
  }

  // a bare string read from the body: the global ValidationPipe has no class to check it against
  // expect: missing-input-validation
  @Put(':id/schedule')
  reschedule(@CurrentOrg() org: Organization, @Param('id') id: string, @Body('scheduledAt') scheduledAt: string) {
    return this.campaigns.reschedule(org.id, id, scheduledAt);
  }
}
