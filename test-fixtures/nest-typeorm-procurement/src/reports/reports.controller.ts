import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectRepository } from '@nestjs/typeorm';
import { IsDateString, IsOptional } from 'class-validator';
import { Repository } from 'typeorm';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { UserRole } from '../entities/user.entity';
import { AuthUser, CurrentUser, Roles } from '../auth/decorators';

export class RangeQuery {
  @IsOptional()
  @IsDateString()
  from?: string;

  @IsOptional()
  @IsDateString()
  to?: string;
}

// dashboards poll these every few seconds
@Controller('reports')
@SkipThrottle()
export class ReportsController {
  constructor(@InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>) {}

  // ok: missing-auth, unscoped-tenant-query
  @Get('spend-by-status')
  spendByStatus(@CurrentUser() user: AuthUser) {
    return this.orders
      .createQueryBuilder('po')
      .select('po.status', 'status')
      .addSelect('SUM(po.totalCents)', 'totalCents')
      .where('po.companyId = :companyId', { companyId: user.companyId })
      .groupBy('po.status')
      .getRawMany();
  }

  // ok: missing-auth
  @Get('vendors/:vendorId/spend')
  vendorSpend(@Param('vendorId', ParseUUIDPipe) vendorId: string, @Query() range: RangeQuery) {
    // expect: unscoped-tenant-query
    const qb = this.orders
      .createQueryBuilder('po')
      .select("date_trunc('month', po.createdAt)", 'month')
      .addSelect('SUM(po.totalCents)', 'totalCents')
      .where('po.vendorId = :vendorId', { vendorId });
    if (range.from) qb.andWhere('po.createdAt >= :from', { from: range.from });
    if (range.to) qb.andWhere('po.createdAt < :to', { to: range.to });
    return qb.groupBy('month').orderBy('month').getRawMany();
  }

  // expect: missing-rate-limit
  @Get('purchase-orders/export.csv')
  @Roles(UserRole.Admin, UserRole.Approver)
  @Header('Content-Type', 'text/csv')
  async exportCsv(@CurrentUser() user: AuthUser, @Query() range: RangeQuery) {
    const qb = this.orders
      .createQueryBuilder('po')
      .leftJoinAndSelect('po.vendor', 'vendor')
      .where('po.companyId = :companyId', { companyId: user.companyId });
    if (range.from) qb.andWhere('po.createdAt >= :from', { from: range.from });
    if (range.to) qb.andWhere('po.createdAt < :to', { to: range.to });
    // ok: unscoped-tenant-query
    const rows = await qb.getMany();
    const lines = rows.map((po) => [po.number, po.vendor.name, po.status, (po.totalCents / 100).toFixed(2)].join(','));
    return ['number,vendor,status,total', ...lines].join('\n');
  }
}
