import { Controller, Get, Headers, Logger, NotFoundException, Param, Query, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/public.decorator';
import { PrismaService } from '../prisma/prisma.service';

// accounting partners pull approved pay runs with a per-company API key
@Public()
@Controller('partners/v1')
export class PartnersController {
  private readonly logger = new Logger(PartnersController.name);

  constructor(private readonly prisma: PrismaService) {}

  private async companyForKey(apiKey: string | undefined) {
    if (!apiKey) throw new UnauthorizedException();
    const [id, secret] = apiKey.split('.');
    const key = await this.prisma.partnerKey.findUnique({ where: { id } });
    const hash = createHash('sha256').update(secret ?? '').digest();
    if (!key || !timingSafeEqual(Buffer.from(key.secretHash, 'hex'), hash)) throw new UnauthorizedException();
    return key.companyId;
  }

  // ok: missing-auth
  @Get('payruns')
  async payRuns(@Headers('x-api-key') apiKey: string) {
    // expect: token-logging
    this.logger.verbose(`partner call with key ${apiKey}`);
    const companyId = await this.companyForKey(apiKey);
    // ok: unscoped-tenant-query
    return this.prisma.payRun.findMany({ where: { companyId, status: 'approved' } });
  }

  // ok: missing-auth
  @Get('payruns/:id')
  async payRun(@Headers('x-api-key') apiKey: string, @Param('id') id: string, @Query('include') include?: string) {
    const companyId = await this.companyForKey(apiKey);
    // ok: unscoped-tenant-query
    const run = await this.prisma.payRun.findFirst({
      where: { id, companyId },
      include: { payslips: include === 'payslips' },
    });
    if (!run) throw new NotFoundException();
    return run;
  }
}
