import { Controller, Get, Logger, NotFoundException, Param, ParseUUIDPipe, Req, UseGuards } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Request } from 'express';
import { Repository } from 'typeorm';
import { Public } from '../auth/decorators';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { ApiKeyGuard } from './api-key.guard';

type PartnerRequest = Request & { partner: { companyId: string } };

@Controller('partner')
@Public()
@UseGuards(ApiKeyGuard)
export class PartnersController {
  private readonly logger = new Logger(PartnersController.name);

  constructor(@InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>) {}

  // ok: missing-auth, unscoped-tenant-query
  @Get('purchase-orders')
  list(@Req() req: PartnerRequest) {
    // expect: token-logging
    this.logger.log(`partner sync with key ${req.headers['x-api-key']}`);
    return this.orders.find({ where: { companyId: req.partner.companyId, status: 'approved' } });
  }

  // ok: missing-auth
  @Get('purchase-orders/:id')
  async findOne(@Req() req: PartnerRequest, @Param('id', ParseUUIDPipe) id: string) {
    // ok: unscoped-tenant-query
    const po = await this.orders.findOneBy({ id, companyId: req.partner.companyId });
    if (!po) throw new NotFoundException();
    return po;
  }
}
