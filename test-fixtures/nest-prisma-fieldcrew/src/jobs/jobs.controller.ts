import { Controller, Delete, ForbiddenException, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { JobsService } from './jobs.service';

type RequestWithUser = { user: { sub: string; companyId: string } };

// Request-scoped: the signed-in dispatcher is read from the injected request, not from a @Req() parameter.
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly jobsService: JobsService,
    @Inject(REQUEST) private readonly request: RequestWithUser,
  ) {}

  // ok: missing-auth
  @Get()
  list() {
    return this.jobsService.jobs({ companyId: this.request.user.companyId });
  }

  // ok: missing-auth
  @Get(':id')
  async show(@Param('id') id: string) {
    // the id alone: any company's job (reported in JobsService.job, called from here)
    const job = await this.jobsService.job({ id });
    if (!job) throw new NotFoundException();
    return job;
  }

  // ok: missing-auth
  @Delete(':id')
  async remove(@Param('id') id: string) {
    const job = await this.jobsService.job({ id, companyId: this.request.user.companyId });
    if (!job) throw new ForbiddenException();
    // the lookup above, scoped to the caller's company, vouches for the id (JobsService.deleteJob is not reported)
    return this.jobsService.deleteJob({ id });
  }
}
