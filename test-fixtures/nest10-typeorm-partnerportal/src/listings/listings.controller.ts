import { Controller, Get, Param } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Listing, Payout } from '../entities';
import { Public } from '../auth/decorators';

@Controller('directory')
export class ListingsController {
  constructor(
    @InjectRepository(Listing) private readonly listings: Repository<Listing>,
    @InjectRepository(Payout) private readonly payouts: Repository<Payout>,
  ) {}

  @Public()
  // ok: missing-auth
  @Get('listings')
  published() {
    return this.listings.find({ where: { published: true }, select: ['slug', 'headline'] });
  }

  @Public()
  // ok: missing-auth
  @Get('listings/:slug')
  bySlug(@Param('slug') slug: string) {
    return this.listings.findOneByOrFail({ slug, published: true });
  }

  // Left public while the directory widget was prototyped.
  @Public()
  // expect: missing-auth
  @Get('partners/:tenantId/payouts')
  partnerPayouts(@Param('tenantId') tenantId: string) {
    return this.payouts.find({ where: { tenantId } });
  }
}

@Controller('health')
export class HealthController {
  @Public()
  // ok: missing-auth
  @Get()
  check() {
    return { status: 'ok', uptime: process.uptime() };
  }
}
