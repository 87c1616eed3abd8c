import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { JobsService } from './jobs.service';
import { CreateJobDto, UpdateJobStatusDto } from './jobs.dto';
import { CurrentUser, AuthUser } from '../common/current-user.decorator';

@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.jobs.listForCompany(user.companyId);
  }

  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string) {
    return this.jobs.findOne(id);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateJobDto) {
    return this.jobs.create(user.companyId, dto);
  }

  @Patch(':id/status')
  setStatus(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateJobStatusDto) {
    return this.jobs.setStatus(user.companyId, id, dto.status);
  }
}
