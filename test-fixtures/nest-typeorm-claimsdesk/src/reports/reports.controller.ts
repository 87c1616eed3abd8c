import { Controller, Get, Header, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CurrentUser, AuthUser } from '../auth/current-user.decorator';
import { Claim } from '../claims/claim.entity';
import { Payout } from '../claims/payout.entity';

@Controller('reports')
export class ReportsController {
  constructor(
    @InjectRepository(Claim) private readonly claims: Repository<Claim>,
    @InjectRepository(Payout) private readonly payouts: Repository<Payout>,
  ) {}

  @Get('summary')
  async summary(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    const open = await this.claims.count({ where: { organizationId: user.organizationId, status: 'open' } });
    return { open };
  }

  @Get('payouts')
  payoutsFor(@Query('claimId') claimId: string) {
    // expect: unscoped-tenant-query
    return this.payouts.find({ where: { claimId } });
  }

  @Header('Content-Type', 'text/csv')
  // expect: missing-rate-limit
  @Get('claims.csv')
  async exportCsv(@CurrentUser() user: AuthUser) {
    // ok: unscoped-tenant-query
    const rows = await this.claims.find({ where: { organizationId: user.organizationId } });
    return ['id,policy,claimant,status', ...rows.map((c) => `${c.id},${c.policyNumber},${c.claimantName},${c.status}`)].join('\n');
  }
}
