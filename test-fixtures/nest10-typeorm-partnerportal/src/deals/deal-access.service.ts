import { ForbiddenException, Inject, Injectable, Scope } from '@nestjs/common';
import { REQUEST } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { Repository } from 'typeorm';
import { Deal } from '../entities';
import type { JwtUser } from '../auth/decorators';

/** Everything a request may do with deals, bound to the signed-in partner. */
@Injectable({ scope: Scope.REQUEST })
export class DealAccessService {
  constructor(
    @Inject(REQUEST) private readonly request: Request & { user: JwtUser },
    @InjectRepository(Deal) private readonly deals: Repository<Deal>,
  ) {}

  private get tenantId() {
    return this.request.user.tenantId;
  }

  async assertOwned(id: string) {
    // ok: unscoped-tenant-query
    const owned = await this.deals.exist({ where: { id, tenantId: this.tenantId } });
    if (!owned) throw new ForbiddenException();
  }

  async archive(id: string) {
    await this.assertOwned(id);
    // ok: unscoped-tenant-query
    await this.deals.update(id, { stage: 'archived' });
  }

  async reopen(id: string) {
    // expect: unscoped-tenant-query
    await this.deals.update(id, { stage: 'open' });
  }

  async clone(id: string) {
    // ok: unscoped-tenant-query
    const deal = await this.deals.findOneByOrFail({ id, tenantId: this.tenantId });
    return this.deals.save(this.deals.create({ title: `${deal.title} (copy)`, amount: deal.amount, tenantId: this.tenantId }));
  }
}
