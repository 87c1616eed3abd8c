import { BadRequestException, Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class PayRunsService {
  private readonly logger = new Logger(PayRunsService.name);

  constructor(private readonly prisma: PrismaService) {}

  list(companyId: string) {
    // ok: unscoped-tenant-query
    return this.prisma.payRun.findMany({ where: { companyId }, orderBy: { period: 'desc' } });
  }

  async create(companyId: string, period: string) {
    try {
      return await this.prisma.payRun.create({ data: { companyId, period } });
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
        // ok: error-details-leak
        throw new BadRequestException(`A pay run for ${period} already exists`);
      }
      this.logger.error(err);
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }

  async approve(companyId: string, id: string, approverId: string) {
    // ok: unscoped-tenant-query
    const run = await this.prisma.payRun.findFirst({ where: { id, companyId } });
    if (!run) throw new NotFoundException();
    if (run.status !== 'draft') throw new BadRequestException('Only draft runs can be approved');
    // ok: unscoped-tenant-query
    return this.prisma.payRun.update({ where: { id: run.id }, data: { status: 'approved', approvedBy: approverId } });
  }

  summary(id: string) {
    // reached from a @Public() route: missing-auth reports it
    // ok: unscoped-tenant-query
    return this.prisma.payRun.findUnique({
      where: { id },
      select: { id: true, period: true, status: true, totalCents: true, companyId: true },
    });
  }
}
