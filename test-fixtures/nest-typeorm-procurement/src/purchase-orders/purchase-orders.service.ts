import { Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { AuthUser } from '../auth/decorators';
import { CreatePurchaseOrderDto, ListPurchaseOrdersQuery } from './dto';

const PAGE_SIZE = 25;

@Injectable()
export class PurchaseOrdersService {
  private readonly logger = new Logger(PurchaseOrdersService.name);

  constructor(@InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>) {}

  list(user: AuthUser, query: ListPurchaseOrdersQuery) {
    const qb = this.orders
      .createQueryBuilder('po')
      .leftJoinAndSelect('po.vendor', 'vendor')
      .where('po.companyId = :companyId', { companyId: user.companyId })
      .orderBy('po.createdAt', 'DESC')
      .take(PAGE_SIZE)
      .skip(((query.page ?? 1) - 1) * PAGE_SIZE);
    if (query.status) qb.andWhere('po.status = :status', { status: query.status });
    // ok: unscoped-tenant-query
    return qb.getMany();
  }

  async findForUser(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const po = await this.orders.findOne({ where: { id, companyId: user.companyId }, relations: { vendor: true } });
    if (!po) throw new NotFoundException();
    return po;
  }

  async create(user: AuthUser, dto: CreatePurchaseOrderDto) {
    const number = `PO-${Date.now().toString(36).toUpperCase()}`;
    const po = this.orders.create({ ...dto, number, companyId: user.companyId, createdById: user.userId });
    return this.orders.save(po);
  }

  async decide(user: AuthUser, id: string, decision: 'approved' | 'rejected') {
    // ok: unscoped-tenant-query
    const po = await this.orders.findOneBy({ id });
    if (!po || po.companyId !== user.companyId) throw new NotFoundException();
    po.status = decision;
    return this.orders.save(po);
  }

  async submit(user: AuthUser, id: string) {
    const po = await this.findForUser(user, id);
    try {
      po.status = 'submitted';
      return await this.orders.save(po);
    } catch (err) {
      this.logger.error(err);
      // expect: error-details-leak
      throw new InternalServerErrorException(`Could not submit ${po.number}: ${err.message}`);
    }
  }

  byVendor(vendorId: string) {
    // expect: unscoped-tenant-query
    return this.orders
      .createQueryBuilder('po')
      .where('po.vendorId = :vendorId', { vendorId })
      .orderBy('po.createdAt', 'DESC')
      .getMany();
  }

  async remove(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const result = await this.orders.delete({ id, companyId: user.companyId, status: 'draft' });
    if (!result.affected) throw new NotFoundException();
  }
}
