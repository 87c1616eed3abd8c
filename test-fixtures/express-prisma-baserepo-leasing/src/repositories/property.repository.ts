import type { Property } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { BaseRepository } from './base.repository';

class PropertyRepository extends BaseRepository<Property> {
  constructor() {
    super(prisma.property);
  }

  findForOrg(orgId: string) {
    // ok: unscoped-tenant-query
    return this.model.findMany({ where: { orgId }, orderBy: { name: 'asc' } });
  }

  withUnits(orgId: string, id: string) {
    // ok: unscoped-tenant-query
    return this.model.findFirst({ where: { id, orgId }, include: { units: true } });
  }

  search(term: string) {
    // expect: unscoped-tenant-query
    return this.model.findMany({ where: { name: { contains: term } } });
  }
}

export const propertyRepo = new PropertyRepository();
