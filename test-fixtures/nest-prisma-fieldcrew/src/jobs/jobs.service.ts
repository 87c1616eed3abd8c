import { Injectable } from '@nestjs/common';
import type { Job, Prisma } from '@prisma/client';
import { PrismaService } from '../common/prisma.service';

// Thin data access: callers say which rows by handing in the where clause.
@Injectable()
export class JobsService {
  constructor(private readonly prisma: PrismaService) {}

  job(where: Prisma.JobWhereInput): Promise<Job | null> {
    // GET /jobs/:id hands in the id alone; DELETE /jobs/:id adds the caller's company
    // expect: unscoped-tenant-query
    return this.prisma.job.findFirst({ where });
  }

  jobs(where: Prisma.JobWhereInput): Promise<Job[]> {
    // ok: unscoped-tenant-query
    return this.prisma.job.findMany({ where, orderBy: { address: 'asc' } });
  }

  deleteJob(where: Prisma.JobWhereUniqueInput): Promise<Job> {
    // ok: unscoped-tenant-query
    return this.prisma.job.delete({ where });
  }
}
