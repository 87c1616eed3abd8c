import { Controller, Get, Param, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Vendor } from '../entities/vendor.entity';
import { Public } from '../auth/decorators';

@Controller({ path: 'catalog', version: '2' })
export class CatalogController {
  constructor(@InjectRepository(Vendor) private readonly vendors: Repository<Vendor>) {}

  // expect: missing-auth
  @Get('companies/:companyId/vendors')
  @Public()
  vendorsOf(@Param('companyId') companyId: string, @Query('q') q?: string) {
    return this.vendors.find({ where: { companyId, active: true }, select: { id: true, name: true, iban: true }, take: q ? 20 : 100 });
  }
}
