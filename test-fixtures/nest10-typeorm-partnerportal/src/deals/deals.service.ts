import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Deal } from '../entities';
import { CreateDealDto } from './dto';

@Injectable()
export class DealsService {
  constructor(@InjectRepository(Deal) private readonly deals: Repository<Deal>) {}

  listForTenant(tenantId: string) {
    // (called with the caller's tenant by GET /deals, and with a tenant id from the query string by GET /deals/by-tenant)
    // expect: unscoped-tenant-query
    return this.deals.find({ where: { tenantId }, order: { createdAt: 'DESC' } });
  }

  async findForTenant(id: string, tenantId: string) {
    // ok: unscoped-tenant-query
    const deal = await this.deals.findOne({ where: { id, tenantId } });
    if (!deal) throw new NotFoundException();
    return deal;
  }

  // Used by the deal page "quick view"; only looks the row up by its id.
  findById(id: string) {
    // expect: unscoped-tenant-query
    return this.deals.findOneBy({ id });
  }

  create(tenantId: string, dto: CreateDealDto) {
    return this.deals.save(this.deals.create({ ...dto, tenantId }));
  }

  async updateStage(id: string, tenantId: string, stage: string) {
    // ok: unscoped-tenant-query
    await this.deals.update({ id, tenantId }, { stage });
    return this.findForTenant(id, tenantId);
  }

  async saveNotes(id: string, notes: string) {
    // expect: unscoped-tenant-query
    await this.deals.update(id, { notes });
  }

  exportAll(tenantId: string) {
    // ok: unscoped-tenant-query
    return this.deals.createQueryBuilder('d').where('d.tenantId = :tenantId', { tenantId }).getMany();
  }

  byIds(ids: string[]) {
    // expect: unscoped-tenant-query
    return this.deals.findBy({ id: In(ids) });
  }

  removeMany(ids: string[], tenantId: string) {
    // ok: unscoped-tenant-query
    return this.deals.delete({ id: In(ids), tenantId });
  }
}
