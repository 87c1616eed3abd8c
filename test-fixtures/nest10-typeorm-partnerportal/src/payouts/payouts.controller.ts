import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Payout } from '../entities';
import { CurrentUser, JwtUser } from '../auth/decorators';

@Controller('payouts')
export class PayoutsController {
  constructor(@InjectRepository(Payout) private readonly payouts: Repository<Payout>) {}

  @Get()
  list(@CurrentUser() user: JwtUser, @Query('status') status?: string) {
    // ok: unscoped-tenant-query
    return this.payouts.find({ where: { tenantId: user.tenantId, ...(status ? { status } : {}) } });
  }

  @Get(':id')
  async get(@CurrentUser() user: JwtUser, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    const payout = await this.payouts.findOneBy({ id });
    if (!payout || payout.tenantId !== user.tenantId) throw new NotFoundException();
    return payout;
  }

  @Get(':id/receipt')
  receipt(@Param('id') id: string) {
    // expect: unscoped-tenant-query
    return this.payouts.findOne({ where: { id }, select: ['id', 'amount', 'status', 'externalRef'] });
  }
}
