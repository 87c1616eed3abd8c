import { Injectable, InternalServerErrorException, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere, Repository } from 'typeorm';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { AuthUser } from '../auth/decorators';
import { CreatePurchaseOrderDto, ListPurchaseOrdersQuery } from './dto';

const PAGE_SIZE = 25;

@Injectable()
export class PurchaseOrdersService {
  private readonly logger = new Logger(PurchaseOrdersService.name);

  constructor(
    @InjectRepository(PurchaseOrder) private readonly orders: Repository<PurchaseOrder>,
    private readonly dataSource: DataSource,
  ) {}

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

  search(user: AuthUser, filters: { status?: string; vendorId?: string }) {
    const where: FindOptionsWhere<PurchaseOrder> = { companyId: user.companyId };
    if (filters.status) where.status = filters.status as PurchaseOrder['status'];
    if (filters.vendorId) where.vendorId = filters.vendorId;
    // ok: unscoped-tenant-query
    return this.orders.find({ where, order: { createdAt: 'DESC' }, take: 50 });
  }

  openForVendor(filters: { vendorId?: string }) {
    const where: FindOptionsWhere<PurchaseOrder> = { status: 'approved' };
    if (filters.vendorId) where.vendorId = filters.vendorId;
    // expect: unscoped-tenant-query
    return this.orders.find({ where, take: 50 });
  }

  async duplicate(user: AuthUser, id: string) {
    return this.dataSource.transaction(async (em) => {
      // expect: unscoped-tenant-query
      const source = await em.findOneBy(PurchaseOrder, { id });
      if (!source) throw new NotFoundException();
      const copy = em.create(PurchaseOrder, {
        vendorId: source.vendorId,
        totalCents: source.totalCents,
        notes: source.notes,
        number: `${source.number}-COPY`,
        companyId: user.companyId,
        createdById: user.userId,
      });
      return em.save(copy);
    });
  }

  async withVendor(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const po = await this.orders.findOne({ where: { id }, relations: ['vendor'] });
    if (!po || po.vendor.companyId !== user.companyId) throw new NotFoundException();
    return po;
  }

  async archive(id: string) {
    // expect: unscoped-tenant-query
    await this.orders.softDelete(id);
  }

  async remove(user: AuthUser, id: string) {
    // ok: unscoped-tenant-query
    const result = await this.orders.delete({ id, companyId: user.companyId, status: 'draft' });
    if (!result.affected) throw new NotFoundException();
  }
}
