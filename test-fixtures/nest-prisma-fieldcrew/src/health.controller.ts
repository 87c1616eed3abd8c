import { Controller, Get, Param } from '@nestjs/common';
import { PrismaService } from './common/prisma.service';

@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get('health')
  health() {
    return { ok: true };
  }

  // the guard lets /track through: anyone with a job id sees where the crew is
  // expect: missing-auth
  @Get('track/:jobId')
  track(@Param('jobId') jobId: string) {
    return this.prisma.job.findUnique({ where: { id: jobId }, include: { crew: true } });
  }
}
