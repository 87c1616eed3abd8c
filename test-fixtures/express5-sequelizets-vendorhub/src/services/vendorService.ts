import { Vendor, Contract } from '../models/index.js';

export const vendorService = {
  listForOrg(organizationId: string) {
    return Vendor.findAll({ where: { organizationId }, order: [['name', 'ASC']] });
  },

  findInOrg(id: string, organizationId: string) {
    return Vendor.findOne({ where: { id, organizationId }, include: [Contract] });
  },

  async findById(id: string) {
    // expect: unscoped-tenant-query
    return Vendor.findByPk(id, { include: [Contract] });
  },
};
