import { Body, Controller, Delete, Get, Param, Post, Put } from '@nestjs/common';
import { Organization } from '@prisma/client';
import { CurrentOrg } from '../auth/current.decorators';
import { LabelDto } from './label.dto';
import { LabelsRepository } from './labels.repository';

@Controller('labels')
export class LabelsController {
  constructor(private readonly labels: LabelsRepository) {}

  // ok: missing-auth
  @Get()
  list(@CurrentOrg() org: Organization) {
    return this.labels.list(org.id);
  }

  // ok: missing-auth
  @Post()
  create(@CurrentOrg() org: Organization, @Body() body: LabelDto) {
    return this.labels.create(org.id, body);
  }

  // ok: missing-auth
  @Put(':id')
  rename(@CurrentOrg() org: Organization, @Param('id') id: string, @Body() body: LabelDto) {
    return this.labels.rename(id, org.id, body);
  }

  // ok: missing-auth
  @Delete(':id')
  remove(@CurrentOrg() org: Organization, @Param('id') id: string) {
    return this.labels.remove(id, org.id);
  }
}
