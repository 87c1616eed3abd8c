import { Controller, Get, Param } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

// job board pages embedded on the companies' websites
@Public()
@SkipThrottle()
@Controller('careers')
export class CareersController {
  constructor(private readonly prisma: PrismaService) {}

  // ok: missing-auth
  @Get(':companyId/jobs')
  jobs(@Param('companyId') companyId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.jobPosting.findMany({
      where: { companyId, published: true },
      select: { id: true, title: true, body: true },
    });
  }

  // drafts for the hiring manager's preview: the class-level @Public() covers this one too
  // expect: missing-auth
  @Get(':companyId/jobs/drafts')
  drafts(@Param('companyId') companyId: string) {
    return this.prisma.jobPosting.findMany({ where: { companyId, published: false } });
  }
}
