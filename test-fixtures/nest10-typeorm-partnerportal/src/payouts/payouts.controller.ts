import { Body, Controller, Get, InternalServerErrorException, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Request, Response } from 'express';
import { Payout } from '../entities';
import { CurrentUser, JwtUser, Public } from '../auth/decorators';

@Controller({ path: 'payouts', version: '1' })
export class PayoutsController {
  constructor(@InjectRepository(Payout) private readonly payouts: Repository<Payout>) {}

  @Get()
  list(@CurrentUser() user: JwtUser, @Query('status') status?: string) {
    // ok: unscoped-tenant-query
    return this.payouts.find({ where: { tenantId: user.tenantId, ...(status ? { status } : {}) } });
  }

  @Get(['summary', 'overview'])
  summary(@CurrentUser() user: JwtUser) {
    // ok: unscoped-tenant-query
    return this.payouts.count({ where: { tenantId: user.tenantId, status: 'pending' } });
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

type AuthedRequest = Request & { user: JwtUser };

@Controller('statements')
export class StatementsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Payout) private readonly payouts: Repository<Payout>,
  ) {}

  @Get(':id')
  async statement(@Req() req: AuthedRequest, @Param('id') id: string) {
    // ok: unscoped-tenant-query
    return this.payouts
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere('p.tenantId = :tenantId', { tenantId: req.user.tenantId })
      .getOneOrFail();
  }

  @Get(':id/lines')
  async lines(@Param('id') id: string) {
    try {
      // expect: unscoped-tenant-query
      return await this.dataSource.query('SELECT id, amount, status FROM payouts WHERE id = $1', [id]);
    } catch (err) {
      // expect: error-details-leak
      throw new InternalServerErrorException((err as Error).message);
    }
  }

  // expect: missing-input-validation
  @Post(':id/dispute')
  async dispute(@Req() req: AuthedRequest, @Param('id') id: string, @Body() body: Record<string, unknown>) {
    // ok: unscoped-tenant-query
    await this.payouts.update({ id, tenantId: req.user.tenantId }, { status: 'disputed', ...body });
    return { ok: true };
  }

  // Accountants download a statement from an emailed link; the link carries a signed, expiring token.
  @Public()
  // expect: missing-auth
  @Get(':id/download')
  async download(@Param('id') id: string, @Res() res: Response) {
    const payout = await this.payouts.findOneByOrFail({ id });
    res.attachment(`statement-${payout.id}.csv`).send(`${payout.id},${payout.amount},${payout.status}`);
  }
}
